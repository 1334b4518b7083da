package dev.barista.core.invoke;

import dev.barista.core.function.Architecture;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One invocation that ran, with what its REPORT line says: the facts metrics and metering record.
 *
 * @param invokedQualifier the qualifier the caller named ({@code $LATEST}, a version or an alias), for the
 *     {@code Resource} dimension
 * @param executedVersion the version that ran ({@code $LATEST} or a number)
 * @param started when the handler was given the event (after the init phase)
 * @param initDuration the init phase of a cold start, or null on a warm invocation
 * @param billedMilliseconds the REPORT line's billed duration (init included, rounded up to 1 ms)
 */
public record CompletedInvocation(String requestId, String functionName, String invokedQualifier,
                                  String executedVersion, Instant started, Duration duration,
                                  Duration initDuration, long billedMilliseconds, int memorySizeMegabytes,
                                  long maxMemoryUsedMegabytes, Architecture architecture, Outcome outcome) {
    public CompletedInvocation {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean coldStart() {
        return initDuration != null;
    }

    /** How the invocation ended. */
    public enum Outcome {
        SUCCESS,
        /** The handler threw or returned an error, or the init phase failed. */
        FUNCTION_ERROR,
        TIMEOUT,
        /** The runtime process exited or was killed (memory). */
        RUNTIME_EXITED;

        /** Whether CloudWatch counts it in {@code Errors}. */
        public boolean error() {
            return this != SUCCESS;
        }
    }
}
