package dev.barista.core.function;

import dev.barista.core.error.BaristaException;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A {@link FunctionStore} in memory, for unit tests of core. It keeps the contract of the durable stores
 * ({@link FunctionStoreContract} runs against it): instants are kept to the millisecond, markers are opaque and
 * malformed ones are rejected. Thread-safe: every method holds the store's monitor.
 */
public class InMemoryFunctionStore implements FunctionStore {
    private final TreeMap<String, StoredFunction> functions = new TreeMap<>();

    @Override
    public synchronized boolean create(FunctionConfiguration latest, Map<String, String> tags) {
        requireLatest(latest);
        if (functions.containsKey(latest.functionName())) {
            return false;
        }
        var function = new StoredFunction(toMilliseconds(latest));
        function.tags.putAll(tags);
        functions.put(latest.functionName(), function);
        return true;
    }

    @Override
    public synchronized Optional<FunctionConfiguration> find(String functionName, String version) {
        var function = functions.get(functionName);
        if (function == null) {
            return Optional.empty();
        }
        if (FunctionConfiguration.LATEST.equals(version)) {
            return Optional.of(function.latest);
        }
        if (!isVersionNumber(version)) {
            return Optional.empty();
        }
        return Optional.ofNullable(function.published.get(Long.parseLong(version)));
    }

    @Override
    public synchronized boolean replaceLatest(FunctionConfiguration latest, String expectedRevisionId) {
        requireLatest(latest);
        var function = functions.get(latest.functionName());
        if (function == null || !function.latest.revisionId().equals(expectedRevisionId)) {
            return false;
        }
        function.latest = toMilliseconds(latest);
        return true;
    }

    @Override
    public synchronized long nextVersionNumber(String functionName) {
        var function = functions.get(functionName);
        if (function == null) {
            throw BaristaException.notFound("Function not found: " + functionName);
        }
        function.lastVersionNumber++;
        return function.lastVersionNumber;
    }

    @Override
    public synchronized boolean insertVersion(FunctionConfiguration version) {
        if (!isVersionNumber(version.version())) {
            throw new IllegalArgumentException("Not a published version number: " + version.version());
        }
        var function = functions.get(version.functionName());
        return function != null
                && function.published.putIfAbsent(Long.parseLong(version.version()), toMilliseconds(version)) == null;
    }

    @Override
    public synchronized Page<FunctionConfiguration> listLatest(String marker, int maxItems) {
        var start = marker == null ? null : decodeMarker(marker);
        var latest = (start == null ? functions : functions.tailMap(start, false)).values().stream()
                .map(function -> function.latest);
        return page(latest, maxItems, FunctionConfiguration::functionName);
    }

    @Override
    public synchronized Page<FunctionConfiguration> listVersions(String functionName, String marker, int maxItems) {
        var after = marker == null ? -1 : versionOrder(decodeMarker(marker));
        var function = functions.get(functionName);
        if (function == null) {
            return page(Stream.empty(), maxItems, FunctionConfiguration::version);
        }
        var versions = Stream.concat(Stream.of(function.latest), function.published.values().stream())
                .filter(version -> versionOrder(version.version()) > after);
        return page(versions, maxItems, FunctionConfiguration::version);
    }

    @Override
    public synchronized boolean delete(String functionName) {
        return functions.remove(functionName) != null;
    }

    @Override
    public synchronized boolean deleteVersion(String functionName, String version) {
        if (!isVersionNumber(version)) {
            throw new IllegalArgumentException("Not a published version number: " + version);
        }
        var function = functions.get(functionName);
        return function != null && function.published.remove(Long.parseLong(version)) != null;
    }

    @Override
    public synchronized boolean createAlias(Alias alias) {
        var function = functions.get(alias.functionName());
        return function != null && function.aliases.putIfAbsent(alias.name(), alias) == null;
    }

    @Override
    public synchronized Optional<Alias> findAlias(String functionName, String aliasName) {
        var function = functions.get(functionName);
        return function == null ? Optional.empty() : Optional.ofNullable(function.aliases.get(aliasName));
    }

    @Override
    public synchronized boolean replaceAlias(Alias alias, String expectedRevisionId) {
        var function = functions.get(alias.functionName());
        var stored = function == null ? null : function.aliases.get(alias.name());
        if (stored == null || !stored.revisionId().equals(expectedRevisionId)) {
            return false;
        }
        function.aliases.put(alias.name(), alias);
        return true;
    }

    @Override
    public synchronized boolean deleteAlias(String functionName, String aliasName) {
        var function = functions.get(functionName);
        return function != null && function.aliases.remove(aliasName) != null;
    }

    @Override
    public synchronized Page<Alias> listAliases(String functionName, String functionVersion, String marker,
                                                int maxItems) {
        var start = marker == null ? null : decodeMarker(marker);
        var function = functions.get(functionName);
        if (function == null) {
            return page(Stream.empty(), maxItems, Alias::name);
        }
        var aliases = (start == null ? function.aliases : function.aliases.tailMap(start, false)).values().stream()
                .filter(alias -> functionVersion == null || alias.functionVersion().equals(functionVersion));
        return page(aliases, maxItems, Alias::name);
    }

    @Override
    public synchronized void putReservedConcurrency(String functionName, int reservedConcurrentExecutions) {
        var function = functions.get(functionName);
        if (function != null) {
            function.reservedConcurrentExecutions = reservedConcurrentExecutions;
        }
    }

    @Override
    public synchronized void deleteReservedConcurrency(String functionName) {
        var function = functions.get(functionName);
        if (function != null) {
            function.reservedConcurrentExecutions = null;
        }
    }

    @Override
    public synchronized Map<String, Integer> reservedConcurrencies() {
        var reservations = new HashMap<String, Integer>();
        functions.forEach((name, function) -> {
            if (function.reservedConcurrentExecutions != null) {
                reservations.put(name, function.reservedConcurrentExecutions);
            }
        });
        return Map.copyOf(reservations);
    }

    @Override
    public synchronized Map<String, String> tags(String functionName) {
        var function = functions.get(functionName);
        return function == null ? Map.of() : Map.copyOf(function.tags);
    }

    @Override
    public synchronized void putTags(String functionName, Map<String, String> tags) {
        var function = functions.get(functionName);
        if (function != null) {
            function.tags.putAll(tags);
        }
    }

    @Override
    public synchronized void removeTags(String functionName, Collection<String> keys) {
        var function = functions.get(functionName);
        if (function != null) {
            keys.forEach(function.tags::remove);
        }
    }

    @Override
    public synchronized AccountUsage usage() {
        long codeSize = 0;
        for (var function : functions.values()) {
            codeSize += function.latest.code().sizeBytes();
            for (var version : function.published.values()) {
                codeSize += version.code().sizeBytes();
            }
        }
        return new AccountUsage(functions.size(), codeSize);
    }

    private static <T> Page<T> page(Stream<T> itemsAfterMarker, int maxItems, Function<T, String> key) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be positive: " + maxItems);
        }
        List<T> items = new ArrayList<>(itemsAfterMarker.limit(maxItems + 1L).toList());
        if (items.size() <= maxItems) {
            return new Page<>(items, null);
        }
        items.removeLast();
        return new Page<>(items, encodeMarker(key.apply(items.getLast())));
    }

    private static String encodeMarker(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeMarker(String marker) {
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw BaristaException.invalidParameter("Invalid marker");
        }
    }

    /** 0 for {@code $LATEST}, the number for a published version. */
    private static long versionOrder(String version) {
        if (FunctionConfiguration.LATEST.equals(version)) {
            return 0;
        }
        if (!isVersionNumber(version)) {
            throw BaristaException.invalidParameter("Invalid marker");
        }
        return Long.parseLong(version);
    }

    private static boolean isVersionNumber(String version) {
        return version.matches("[1-9][0-9]{0,17}");
    }

    private static void requireLatest(FunctionConfiguration configuration) {
        if (!configuration.isLatest()) {
            throw new IllegalArgumentException("Expected $LATEST, got version " + configuration.version());
        }
    }

    private static FunctionConfiguration toMilliseconds(FunctionConfiguration configuration) {
        return configuration.withVersion(configuration.version(), configuration.revisionId(),
                configuration.lastModified().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The mutable state of one function, guarded by the store's monitor. */
    private static final class StoredFunction {
        private FunctionConfiguration latest;
        private final TreeMap<Long, FunctionConfiguration> published = new TreeMap<>();
        private final TreeMap<String, Alias> aliases = new TreeMap<>();
        private final Map<String, String> tags = new HashMap<>();
        private long lastVersionNumber;
        private Integer reservedConcurrentExecutions;

        private StoredFunction(FunctionConfiguration latest) {
            this.latest = latest;
        }
    }
}
