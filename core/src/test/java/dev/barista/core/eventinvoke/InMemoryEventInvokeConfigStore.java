package dev.barista.core.eventinvoke;

import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionStore;
import dev.barista.core.function.Page;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An {@link EventInvokeConfigStore} in memory over a {@link FunctionStore}, for unit tests of core. It keeps the
 * contract of the durable store ({@link EventInvokeConfigStoreContract} runs against it): a configuration whose
 * function, version or alias is gone is forgotten when next read. Thread-safe: every method holds the store's
 * monitor.
 */
public final class InMemoryEventInvokeConfigStore implements EventInvokeConfigStore {
    private final FunctionStore functions;
    /** Function name, a NUL, the qualifier: to configuration, in listing order. */
    private final TreeMap<String, EventInvokeConfig> configs = new TreeMap<>();

    public InMemoryEventInvokeConfigStore(FunctionStore functions) {
        this.functions = functions;
    }

    @Override
    public synchronized boolean put(EventInvokeConfig config) {
        if (!exists(config.functionName(), config.qualifier())) {
            return false;
        }
        configs.put(key(config.functionName(), config.qualifier()), new EventInvokeConfig(config.functionName(),
                config.qualifier(), config.maximumRetryAttempts(), config.maximumEventAgeInSeconds(),
                config.onSuccess(), config.onFailure(), config.lastModified().truncatedTo(ChronoUnit.MILLIS)));
        return true;
    }

    @Override
    public synchronized Optional<EventInvokeConfig> find(String functionName, String qualifier) {
        forgetOrphans();
        return Optional.ofNullable(configs.get(key(functionName, qualifier)));
    }

    @Override
    public synchronized boolean delete(String functionName, String qualifier) {
        forgetOrphans();
        return configs.remove(key(functionName, qualifier)) != null;
    }

    @Override
    public synchronized Page<EventInvokeConfig> list(String functionName, String marker, int maxItems) {
        forgetOrphans();
        String after = marker == null ? "" : new String(Base64.getUrlDecoder().decode(marker),
                StandardCharsets.UTF_8);
        List<EventInvokeConfig> rows = configs.values().stream()
                .filter(config -> config.functionName().equals(functionName))
                .filter(config -> config.qualifier().compareTo(after) > 0)
                .limit(maxItems + 1L).toList();
        if (rows.size() <= maxItems) {
            return new Page<>(rows, null);
        }
        List<EventInvokeConfig> page = rows.subList(0, maxItems);
        return new Page<>(page, Base64.getUrlEncoder().withoutPadding().encodeToString(
                page.getLast().qualifier().getBytes(StandardCharsets.UTF_8)));
    }

    private void forgetOrphans() {
        configs.values().removeIf(config -> !exists(config.functionName(), config.qualifier()));
    }

    private boolean exists(String functionName, String qualifier) {
        if (FunctionConfiguration.LATEST.equals(qualifier) || qualifier.chars().allMatch(Character::isDigit)) {
            return functions.find(functionName, qualifier).isPresent();
        }
        return functions.findAlias(functionName, qualifier).isPresent();
    }

    private static String key(String functionName, String qualifier) {
        return functionName + '\0' + qualifier;
    }
}
