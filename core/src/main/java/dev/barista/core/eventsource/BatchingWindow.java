package dev.barista.core.eventsource;

import java.time.Duration;
import java.time.Instant;

/**
 * When to stop gathering a batch, a pure function. Without a batching window the batch is whatever the first
 * receive that finds messages returns (up to 10, at most BatchSize). With a window, receives continue until the
 * batch holds BatchSize messages, the window has passed since the first message arrived, or the batch nears the
 * 6 MB invocation payload limit.
 */
final class BatchingWindow {
    /** SQS hands out at most 10 messages per ReceiveMessage. */
    static final int MAXIMUM_PER_RECEIVE = 10;
    /** The longest long poll SQS allows. */
    static final Duration LONGEST_POLL = Duration.ofSeconds(20);
    /** Gathering stops here: a receive may add up to 10 MiB more, trimmed to the 6 MB limit afterwards. */
    static final long PAYLOAD_BUDGET_BYTES = 5_242_880;

    private BatchingWindow() {
    }

    /**
     * The next step of gathering.
     *
     * @param firstArrival when the first message of the batch was received, or null when it holds none yet
     */
    static Step next(int batchSize, int windowSeconds, int collected, long collectedBytes, Instant firstArrival,
                     Instant now) {
        if (collected >= batchSize || collectedBytes >= PAYLOAD_BUDGET_BYTES) {
            return new Step.Invoke();
        }
        int maximum = Math.min(MAXIMUM_PER_RECEIVE, batchSize - collected);
        if (collected == 0) {
            return new Step.Receive(maximum, LONGEST_POLL);
        }
        if (windowSeconds == 0) {
            return new Step.Invoke();
        }
        Duration remaining = Duration.between(now, firstArrival.plusSeconds(windowSeconds));
        if (remaining.isNegative() || remaining.isZero()) {
            return new Step.Invoke();
        }
        return new Step.Receive(maximum, remaining.compareTo(LONGEST_POLL) < 0 ? remaining : LONGEST_POLL);
    }

    /** What to do next. */
    sealed interface Step {

        /** Receive up to {@code maxMessages}, waiting up to {@code longPoll} for the first. */
        record Receive(int maxMessages, Duration longPoll) implements Step {
        }

        /** The batch is complete: invoke the function with it. */
        record Invoke() implements Step {
        }
    }
}
