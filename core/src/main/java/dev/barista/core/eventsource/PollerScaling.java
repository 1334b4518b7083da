package dev.barista.core.eventsource;

import java.time.Duration;
import java.time.Instant;

/**
 * How many batches of one mapping run at once, a pure value. It starts at 5, as Lambda's SQS pollers do; while
 * batches come back full (the backlog grows faster than it drains) it adds 5 per second, which is Lambda's "up to
 * 300 per minute"; an empty poll retires one; a failure, throttle or impossible invocation halves it. It never
 * exceeds the ceiling: MaximumConcurrency, the function's reserved concurrency and the account's limit.
 *
 * @param target how many pollers should run
 * @param lastIncrease when the target last grew
 */
record PollerScaling(int target, Instant lastIncrease) {
    static final int INITIAL = 5;
    static final int STEP = 5;
    static final Duration STEP_INTERVAL = Duration.ofSeconds(1);

    PollerScaling {
        if (target < 1) {
            throw new IllegalArgumentException("at least one poller runs: " + target);
        }
    }

    static PollerScaling initial(int ceiling, Instant now) {
        return new PollerScaling(Math.min(INITIAL, Math.max(1, ceiling)), now);
    }

    /**
     * The scaling after one batch.
     *
     * @param full whether the batch came back full: more messages are waiting
     * @param ceiling the most pollers allowed now (at least 1)
     */
    PollerScaling after(BatchOutcome outcome, boolean full, int ceiling, Instant now) {
        int limit = Math.max(1, ceiling);
        int floor = Math.min(INITIAL, limit);
        return switch (outcome) {
            case SUCCEEDED, PARTIALLY_FAILED -> full && target < limit
                    && !now.isBefore(lastIncrease.plus(STEP_INTERVAL))
                    ? new PollerScaling(Math.min(limit, target + STEP), now) : capped(limit);
            case EMPTY -> new PollerScaling(Math.min(limit, Math.max(floor, target - 1)), lastIncrease);
            case FAILED, THROTTLED, NOT_INVOKED -> new PollerScaling(Math.min(limit, Math.max(1, target / 2)),
                    lastIncrease);
        };
    }

    private PollerScaling capped(int limit) {
        return target <= limit ? this : new PollerScaling(limit, lastIncrease);
    }

    /** The ceiling: MaximumConcurrency (or 1,000), the function's reservation when it has one, the account's limit. */
    static int ceiling(Integer maximumConcurrency, Integer reservedConcurrency, int accountConcurrency) {
        int ceiling = Math.min(maximumConcurrency == null ? 1_000 : maximumConcurrency, accountConcurrency);
        if (reservedConcurrency != null) {
            ceiling = Math.min(ceiling, reservedConcurrency);
        }
        return Math.max(1, ceiling);
    }
}
