package dev.barista.core.eventinvoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.eventinvoke.EventInvokeConfigCommand.DestinationConfig;
import dev.barista.core.function.FunctionReference;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The event invoke configuration operations, one method each, and the configuration an asynchronous invocation
 * follows. Thread-safe; all state lives in the {@link EventInvokeConfigStore}.
 */
public final class EventInvokeConfigService {
    private static final int DEFAULT_PAGE = 50;

    private final EventInvokeConfigStore store;
    private final FunctionService functions;
    private final Clock clock;

    public EventInvokeConfigService(EventInvokeConfigStore store, FunctionService functions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.functions = Objects.requireNonNull(functions, "functions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html">
     * PutFunctionEventInvokeConfig</a>: replaces the whole configuration of the qualifier.
     */
    public EventInvokeConfig put(EventInvokeConfigCommand command) {
        FunctionReference reference = checked(command);
        DestinationConfig destinations = command.destinationConfig() == null
                ? new DestinationConfig(null, null) : command.destinationConfig();
        DestinationTargets.check(reference.functionName(), destinations, functions);
        return store(new EventInvokeConfig(reference.functionName(), reference.qualifierOrLatest(),
                command.maximumRetryAttempts(), command.maximumEventAgeInSeconds(), destinations.onSuccess(),
                destinations.onFailure(), now()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionEventInvokeConfig.html">
     * UpdateFunctionEventInvokeConfig</a>: changes what the command sets and keeps the rest; a
     * {@code DestinationConfig} replaces both destinations.
     */
    public EventInvokeConfig update(EventInvokeConfigCommand command) {
        FunctionReference reference = checked(command);
        EventInvokeConfig current = find(reference);
        DestinationConfig destinations = command.destinationConfig();
        if (destinations != null) {
            DestinationTargets.check(reference.functionName(), destinations, functions);
        }
        return store(new EventInvokeConfig(current.functionName(), current.qualifier(),
                command.maximumRetryAttempts() == null ? current.maximumRetryAttempts()
                        : command.maximumRetryAttempts(),
                command.maximumEventAgeInSeconds() == null ? current.maximumEventAgeInSeconds()
                        : command.maximumEventAgeInSeconds(),
                destinations == null ? current.onSuccess() : destinations.onSuccess(),
                destinations == null ? current.onFailure() : destinations.onFailure(), now()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_GetFunctionEventInvokeConfig.html">
     * GetFunctionEventInvokeConfig</a>.
     */
    public EventInvokeConfig get(String nameOrArn, String qualifier) {
        return find(FunctionReference.parse(nameOrArn, qualifier));
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_DeleteFunctionEventInvokeConfig.html">
     * DeleteFunctionEventInvokeConfig</a>.
     */
    public void delete(String nameOrArn, String qualifier) {
        FunctionReference reference = FunctionReference.parse(nameOrArn, qualifier);
        if (!store.delete(reference.functionName(), reference.qualifierOrLatest())) {
            throw noConfig(reference);
        }
    }

    /**
     * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_ListFunctionEventInvokeConfigs.html">
     * ListFunctionEventInvokeConfigs</a>: every qualifier's configuration, by qualifier.
     */
    public Page<EventInvokeConfig> list(String nameOrArn, String marker, Integer maxItems) {
        String name = FunctionReference.requireName(nameOrArn);
        if (maxItems != null && (maxItems < 1 || maxItems > 50)) {
            throw BaristaException.validation("1 validation error detected: Value '" + maxItems + "' at 'maxItems'"
                    + " failed to satisfy constraint: Member must have value " + (maxItems < 1
                    ? "greater than or equal to 1" : "less than or equal to 50"));
        }
        requireExists(name, null);
        return store.list(name, marker, maxItems == null ? DEFAULT_PAGE : maxItems);
    }

    /**
     * The configuration an asynchronous invocation of {@code qualifier} (null for {@code $LATEST}) follows, if
     * there is one: that of the qualifier the caller named, never another's.
     */
    public Optional<EventInvokeConfig> forInvocation(String functionName, String qualifier) {
        return store.find(functionName, qualifier == null ? "$LATEST" : qualifier);
    }

    /** The checks Put and Update share, in Lambda's order: the request's form, then the function's existence. */
    private FunctionReference checked(EventInvokeConfigCommand command) {
        FunctionReference reference = FunctionReference.parse(command.functionName(), command.qualifier());
        EventInvokeConfigLimits.check(command);
        if (command.setsNothing()) {
            throw BaristaException.invalidParameter(
                    "You must specify at least one of error handling or destination setting.");
        }
        requireExists(reference.functionName(), reference.qualifier());
        return reference;
    }

    private void requireExists(String functionName, String qualifier) {
        try {
            functions.configuration(functionName, qualifier);
        } catch (BaristaException exception) {
            if (exception.code() != ErrorCode.RESOURCE_NOT_FOUND) {
                throw exception;
            }
            throw BaristaException.notFound("The function doesn't exist.");
        }
    }

    private EventInvokeConfig store(EventInvokeConfig config) {
        if (!store.put(config)) {
            throw BaristaException.notFound("The function doesn't exist.");
        }
        return config;
    }

    /** Lambda keeps LastModified to the millisecond. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private EventInvokeConfig find(FunctionReference reference) {
        return store.find(reference.functionName(), reference.qualifierOrLatest())
                .orElseThrow(() -> noConfig(reference));
    }

    private BaristaException noConfig(FunctionReference reference) {
        return BaristaException.notFound("The function " + functions.account().functionArn(reference.functionName(),
                reference.qualifierOrLatest()) + " doesn't have an EventInvokeConfig");
    }
}
