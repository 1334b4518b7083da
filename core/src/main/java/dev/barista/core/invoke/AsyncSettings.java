package dev.barista.core.invoke;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How asynchronous invocations are retried when a function's event invoke configuration does not say otherwise.
 * Lambda's defaults ({@link #LAMBDA_DEFAULTS}): a function error (an error the function returns, a timeout, a
 * runtime that exits) is retried twice, one minute and then two minutes later; throttles and system errors are
 * retried with a backoff that starts at 1 s and doubles up to 5 minutes, until the event is six hours old.
 *
 * @param functionErrorRetryDelays the delay before the first and before the second retry after a function error
 * @param firstThrottleDelay the backoff after the first throttle or system error
 * @param longestThrottleDelay the longest backoff
 * @param maximumEventAge how long an event is kept without a {@code MaximumEventAgeInSeconds}
 */
public record AsyncSettings(List<Duration> functionErrorRetryDelays, Duration firstThrottleDelay,
                            Duration longestThrottleDelay, Duration maximumEventAge) {

    /** Retries after a function error without a {@code MaximumRetryAttempts}, and the most it may be set to. */
    public static final int MAXIMUM_RETRY_ATTEMPTS = 2;

    public static final AsyncSettings LAMBDA_DEFAULTS = of(Duration.ofMinutes(1), Duration.ofSeconds(1),
            Duration.ofMinutes(5));

    public AsyncSettings {
        functionErrorRetryDelays = List.copyOf(functionErrorRetryDelays);
        if (functionErrorRetryDelays.size() != MAXIMUM_RETRY_ATTEMPTS) {
            throw new IllegalArgumentException("one delay per retry: " + functionErrorRetryDelays);
        }
        requirePositive(firstThrottleDelay, "firstThrottleDelay");
        requirePositive(longestThrottleDelay, "longestThrottleDelay");
        requirePositive(maximumEventAge, "maximumEventAge");
        functionErrorRetryDelays.forEach(delay -> requirePositive(delay, "functionErrorRetryDelays"));
        if (longestThrottleDelay.compareTo(firstThrottleDelay) < 0) {
            throw new IllegalArgumentException("the longest backoff is shorter than the first");
        }
    }

    /**
     * Lambda's schedule with other delays: the second function-error retry waits twice {@code firstRetryDelay}, and
     * events are kept six hours.
     */
    public static AsyncSettings of(Duration firstRetryDelay, Duration firstThrottleDelay,
                                   Duration longestThrottleDelay) {
        return new AsyncSettings(List.of(firstRetryDelay, firstRetryDelay.multipliedBy(2)), firstThrottleDelay,
                longestThrottleDelay, Duration.ofHours(6));
    }

    /** The backoff after one of {@code current}: twice as long, up to the longest. */
    Duration nextThrottleDelay(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(longestThrottleDelay) > 0 ? longestThrottleDelay : doubled;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
