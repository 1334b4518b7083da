package dev.barista.core.eventsource;

import java.time.Duration;

/**
 * How long one poller pauses before its next batch, a pure value: nothing after a success or an empty poll; after
 * a failure, throttle or impossible invocation 1 s, doubling up to 1 minute while they repeat.
 */
record Backoff(Duration delay) {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(1);

    static Backoff none() {
        return new Backoff(Duration.ZERO);
    }

    Backoff after(BatchOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED, PARTIALLY_FAILED, EMPTY -> none();
            case FAILED, THROTTLED, NOT_INVOKED -> {
                Duration next = delay.isZero() ? FIRST : delay.multipliedBy(2);
                yield new Backoff(next.compareTo(LONGEST) > 0 ? LONGEST : next);
            }
        };
    }
}
