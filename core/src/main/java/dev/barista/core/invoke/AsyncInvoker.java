package dev.barista.core.invoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.FunctionService;
import dev.barista.core.function.ResolvedFunction;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code InvocationType: Event} invocations: each is stored durably before Invoke answers 202, run on a
 * virtual thread, retried as Lambda retries, and removed from the store when it succeeded or gave up. After a
 * restart {@link #start} runs every invocation that was accepted but not finished. Thread-safe.
 */
public final class AsyncInvoker implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(AsyncInvoker.class.getName());

    private final AsyncInvocationStore store;
    private final FunctionService functions;
    private final SynchronousInvoker invoker;
    private final AsyncSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("barista-async-timer").daemon().factory());

    public AsyncInvoker(AsyncInvocationStore store, FunctionService functions, SynchronousInvoker invoker,
                        AsyncSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.functions = Objects.requireNonNull(functions, "functions");
        this.invoker = Objects.requireNonNull(invoker, "invoker");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs every invocation left in the store by a previous run of the server. */
    public void start() {
        for (AsyncInvocation invocation : store.pending()) {
            schedule(invocation, Duration.ZERO, 0, settings.firstThrottleDelay());
        }
    }

    /** Stores the invocation durably, then runs it in the background. */
    void accept(String requestId, ResolvedFunction resolved, byte[] payload) {
        AsyncInvocation invocation = new AsyncInvocation(requestId, resolved.configuration().functionName(),
                resolved.invokedQualifier(), payload, clock.instant());
        store.enqueue(invocation);
        schedule(invocation, Duration.ZERO, 0, settings.firstThrottleDelay());
    }

    private void schedule(AsyncInvocation invocation, Duration delay, int functionErrors, Duration nextThrottleDelay) {
        Runnable attempt = () -> Thread.ofVirtual().name("barista-async-" + invocation.requestId())
                .start(() -> attempt(invocation, functionErrors, nextThrottleDelay));
        if (delay.isZero()) {
            attempt.run();
        } else {
            timer.schedule(attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void attempt(AsyncInvocation invocation, int functionErrors, Duration throttleDelay) {
        if (Duration.between(invocation.acceptedAt(), clock.instant()).compareTo(settings.maximumEventAge()) > 0) {
            giveUp(invocation, "its maximum event age passed");
            return;
        }
        try {
            ResolvedFunction resolved = functions.resolveForInvoke(invocation.functionName(), invocation.qualifier(),
                    ThreadLocalRandom.current().nextDouble());
            InvokeResult result = invoker.invoke(invocation.requestId(), resolved, invocation.payload(), null, false);
            if (result.functionError() == null) {
                store.complete(invocation.requestId());
            } else if (functionErrors < settings.functionErrorRetryDelays().size()) {
                schedule(invocation, settings.functionErrorRetryDelays().get(functionErrors), functionErrors + 1,
                        throttleDelay);
            } else {
                giveUp(invocation, "the function failed " + (functionErrors + 1) + " times");
            }
        } catch (BaristaException exception) {
            if (exception.code() == ErrorCode.TOO_MANY_REQUESTS || exception.code() == ErrorCode.SERVICE_FAILURE) {
                Duration next = throttleDelay.multipliedBy(2);
                schedule(invocation, throttleDelay, functionErrors,
                        next.compareTo(settings.longestThrottleDelay()) > 0 ? settings.longestThrottleDelay() : next);
            } else {
                giveUp(invocation, exception.getMessage());
            }
        } catch (RuntimeException unexpected) {
            LOGGER.log(Level.ERROR, "asynchronous invocation " + invocation.requestId() + " failed", unexpected);
            schedule(invocation, throttleDelay, functionErrors, settings.longestThrottleDelay());
        }
    }

    private void giveUp(AsyncInvocation invocation, String why) {
        LOGGER.log(Level.INFO, "asynchronous invocation {0} of {1} dropped: {2}", invocation.requestId(),
                invocation.functionName(), why);
        store.complete(invocation.requestId());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
