package dev.barista.core.invoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.eventinvoke.EventInvokeConfig;
import dev.barista.core.eventinvoke.EventInvokeConfigService;
import dev.barista.core.function.CodeGuard;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.ResolvedFunction;
import dev.barista.core.ids.RandomUuids;
import dev.barista.core.invoke.InvocationRecord.Condition;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs {@code InvocationType: Event} invocations as Lambda does. Each is stored durably before Invoke answers 202,
 * then attempted on the {@link AsyncTimer}:
 * <ul>
 *   <li>a function error (an error the function returns, a timeout, a runtime that exits) is retried up to
 *       {@code MaximumRetryAttempts} times (default {@link AsyncSettings#MAXIMUM_RETRY_ATTEMPTS}), after the
 *       configured delays;</li>
 *   <li>a throttle or system error is retried with a doubling backoff until the event's maximum age; a function
 *       whose reserved concurrency is 0 gets no retries at all;</li>
 *   <li>an event older than its maximum age ({@code MaximumEventAgeInSeconds}, default
 *       {@link AsyncSettings#maximumEventAge()}) is not attempted again.</li>
 * </ul>
 * The event invoke configuration is that of the qualifier the caller named, read at every attempt. A success goes
 * to its on-success destination, a final failure to its on-failure destination ({@link AsyncCompletion}); an
 * invocation leaves the store when it has ended. After a restart {@link #start} attempts every invocation that was
 * accepted but not finished. Thread-safe: each attempt runs on its own thread and carries its progress with it.
 */
public final class AsyncInvoker implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(AsyncInvoker.class.getName());

    private final FunctionService functions;
    private final EventInvokeConfigService configs;
    private final FunctionRunner runner;
    private final AsyncInvocationStore store;
    private final AsyncTimer timer;
    private final AsyncInvocationObserver observer;
    private final AsyncCompletion completion;
    private final AsyncSettings settings;
    private final Clock clock;

    public AsyncInvoker(FunctionService functions, EventInvokeConfigService configs, FunctionRunner runner,
                        AsyncPorts ports, AsyncSettings settings, Clock clock) {
        this.functions = Objects.requireNonNull(functions, "functions");
        this.configs = Objects.requireNonNull(configs, "configs");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.store = ports.invocations();
        this.timer = ports.timer();
        this.observer = ports.observer();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.completion = new AsyncCompletion(store, functions, new DestinationDelivery(ports.queues(),
                ports.documents(), this::acceptDestination), ports.documents(), observer, clock);
    }

    /** Attempts every invocation left in the store by a previous run of the server. */
    public void start() {
        for (AsyncInvocation invocation : store.pending()) {
            schedule(invocation, Duration.ZERO, AsyncProgress.first(settings));
        }
    }

    /** Stores the invocation durably, then attempts it in the background. */
    void accept(String requestId, ResolvedFunction resolved, byte[] payload) {
        AsyncInvocation invocation = new AsyncInvocation(requestId, resolved.configuration().functionName(),
                resolved.invokedQualifier(), payload, clock.instant());
        store.enqueue(invocation);
        observer.received(invocation.functionName(), invocation.qualifier());
        schedule(invocation, Duration.ZERO, AsyncProgress.first(settings));
    }

    /** A Lambda destination: the record becomes the event of an asynchronous invocation of the target. */
    private void acceptDestination(String functionArn, byte[] record) {
        if (record.length > InvocationService.ASYNCHRONOUS_PAYLOAD_LIMIT) {
            throw new BaristaException(ErrorCode.REQUEST_TOO_LARGE, record.length + " byte record is too large for"
                    + " the Event invocation type (limit " + InvocationService.ASYNCHRONOUS_PAYLOAD_LIMIT + " bytes)");
        }
        accept(RandomUuids.next(), functions.resolveForInvoke(functionArn, null,
                ThreadLocalRandom.current().nextDouble()), record);
    }

    private void schedule(AsyncInvocation invocation, Duration delay, AsyncProgress progress) {
        timer.schedule(delay, () -> {
            // From resolving the function until the attempt ends, its code package must not be collected.
            try (CodeGuard.Hold running = functions.invocationHold()) {
                attempt(invocation, progress);
            }
        });
    }

    private void attempt(AsyncInvocation invocation, AsyncProgress progress) {
        Optional<EventInvokeConfig> config = configs.forInvocation(invocation.functionName(),
                invocation.qualifier());
        Duration maximumAge = config.map(EventInvokeConfig::maximumEventAgeInSeconds).map(Duration::ofSeconds)
                .orElse(settings.maximumEventAge());
        Duration age = Duration.between(invocation.acceptedAt(), clock.instant());
        if (age.compareTo(maximumAge) >= 0) {
            completion.failed(invocation, progress, Condition.EVENT_AGE_EXCEEDED, config,
                    "its maximum age of " + maximumAge + " passed");
            return;
        }
        ResolvedFunction resolved;
        try {
            resolved = functions.resolveForInvoke(invocation.functionName(), invocation.qualifier(),
                    ThreadLocalRandom.current().nextDouble());
        } catch (BaristaException gone) {
            completion.dropped(invocation, progress, gone.getMessage());
            return;
        }
        AsyncProgress attempted = progress.attempted(resolved.configuration());
        String version = resolved.configuration().version();
        InvokeResult result;
        try {
            result = runner.run(invocation.requestId(), resolved, invocation.payload());
        } catch (BaristaException exception) {
            if (exception.code() == ErrorCode.TOO_MANY_REQUESTS || exception.code() == ErrorCode.SERVICE_FAILURE) {
                int status = exception.code() == ErrorCode.TOO_MANY_REQUESTS ? 429 : 500;
                backOff(invocation, attempted, new AttemptResponse(status, version, null, null,
                        exception.getMessage()), age, maximumAge, config);
            } else {
                completion.failed(invocation, attempted.answered(new AttemptResponse(500, version, null, null,
                        exception.getMessage())), Condition.RETRIES_EXHAUSTED, config, exception.getMessage());
            }
            return;
        } catch (RuntimeException unexpected) {
            LOGGER.log(Level.ERROR, "asynchronous invocation " + invocation.requestId() + " failed", unexpected);
            backOff(invocation, attempted, new AttemptResponse(500, version, null, null, "Internal error"), age,
                    maximumAge, config);
            return;
        }
        observer.invoked(invocation.functionName(), invocation.qualifier(), age);
        AttemptResponse response = new AttemptResponse(result.statusCode(), version, result.functionError(),
                result.payload(), null);
        if (result.functionError() == null) {
            completion.succeeded(invocation, attempted.answered(response), config);
            return;
        }
        AsyncProgress failed = attempted.functionFailed(response);
        int maximumRetries = config.map(EventInvokeConfig::maximumRetryAttempts)
                .orElse(AsyncSettings.MAXIMUM_RETRY_ATTEMPTS);
        if (failed.functionErrors() > maximumRetries) {
            completion.failed(invocation, failed, Condition.RETRIES_EXHAUSTED, config,
                    "the function failed " + failed.functionErrors() + " times");
        } else {
            schedule(invocation, settings.functionErrorRetryDelays().get(failed.functionErrors() - 1), failed);
        }
    }

    /**
     * After a throttle or system error: the next attempt follows the backoff, or comes when the event reaches its
     * maximum age if that is sooner (and then ends it). A function reserved to 0 concurrency is not retried.
     */
    private void backOff(AsyncInvocation invocation, AsyncProgress attempted, AttemptResponse response, Duration age,
                         Duration maximumAge, Optional<EventInvokeConfig> config) {
        AsyncProgress throttled = attempted.throttled(response, settings);
        if (response.statusCode() == 429
                && Integer.valueOf(0).equals(functions.reservations().get(invocation.functionName()))) {
            completion.failed(invocation, throttled, Condition.RETRIES_EXHAUSTED, config,
                    "its reserved concurrency is 0");
            return;
        }
        Duration backoff = attempted.nextThrottleDelay();
        Duration untilExpiry = maximumAge.minus(age);
        schedule(invocation, backoff.compareTo(untilExpiry) > 0 ? untilExpiry : backoff, throttled);
    }

    @Override
    public void close() {
        timer.close();
    }
}
