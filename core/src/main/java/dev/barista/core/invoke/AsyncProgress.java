package dev.barista.core.invoke;

import dev.barista.core.function.FunctionConfiguration;
import java.time.Duration;

/**
 * Where one accepted invocation stands between its attempts. Immutable; kept in memory only, so after a restart an
 * invocation starts counting again (its age, which is stored, still ends it).
 *
 * @param attempts how many times it was handed to the function, throttled attempts included
 * @param functionErrors how many attempts ended in a function error
 * @param nextThrottleDelay the backoff after the next throttle or system error
 * @param lastResponse how the latest attempt ended, or null before the first
 * @param lastVersion the version the latest attempt resolved to (its dead-letter queue applies), or null
 */
record AsyncProgress(int attempts, int functionErrors, Duration nextThrottleDelay, AttemptResponse lastResponse,
                     FunctionConfiguration lastVersion) {

    static AsyncProgress first(AsyncSettings settings) {
        return new AsyncProgress(0, 0, settings.firstThrottleDelay(), null, null);
    }

    AsyncProgress attempted(FunctionConfiguration version) {
        return new AsyncProgress(attempts + 1, functionErrors, nextThrottleDelay, lastResponse, version);
    }

    AsyncProgress functionFailed(AttemptResponse response) {
        return new AsyncProgress(attempts, functionErrors + 1, nextThrottleDelay, response, lastVersion);
    }

    /** The attempt ended without a retry to follow: a success, or an error that is not retried. */
    AsyncProgress answered(AttemptResponse response) {
        return new AsyncProgress(attempts, functionErrors, nextThrottleDelay, response, lastVersion);
    }

    AsyncProgress throttled(AttemptResponse response, AsyncSettings settings) {
        return new AsyncProgress(attempts, functionErrors, settings.nextThrottleDelay(nextThrottleDelay), response,
                lastVersion);
    }
}
