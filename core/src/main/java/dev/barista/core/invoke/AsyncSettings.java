package dev.barista.core.invoke;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How asynchronous invocations are retried. Lambda's defaults: a function error is retried twice, one minute
 * then two minutes later; throttles and system errors back off from 1 s up to 5 minutes until the event is six
 * hours old.
 *
 * @param functionErrorRetryDelays one delay per retry after a function error
 */
public record AsyncSettings(List<Duration> functionErrorRetryDelays, Duration firstThrottleDelay,
                            Duration longestThrottleDelay, Duration maximumEventAge) {

    public static final AsyncSettings LAMBDA_DEFAULTS = new AsyncSettings(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(2)), Duration.ofSeconds(1), Duration.ofMinutes(5),
            Duration.ofHours(6));

    public AsyncSettings {
        functionErrorRetryDelays = List.copyOf(functionErrorRetryDelays);
        Objects.requireNonNull(firstThrottleDelay, "firstThrottleDelay");
        Objects.requireNonNull(longestThrottleDelay, "longestThrottleDelay");
        Objects.requireNonNull(maximumEventAge, "maximumEventAge");
    }
}
