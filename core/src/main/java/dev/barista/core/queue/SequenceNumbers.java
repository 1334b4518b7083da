package dev.barista.core.queue;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Message sequence numbers: unique across queues and increasing in the order of sending, also across restarts
 * (each is at least the clock's milliseconds times a million, and above every number handed out before).
 * Thread-safe.
 */
final class SequenceNumbers {
    private static final long PER_MILLISECOND = 1_000_000L;

    private final Clock clock;
    private final AtomicLong last;

    SequenceNumbers(Clock clock, long lastUsed) {
        this.clock = clock;
        this.last = new AtomicLong(lastUsed);
    }

    long next() {
        long floor = clock.millis() * PER_MILLISECOND;
        return last.updateAndGet(previous -> Math.max(previous + 1, floor));
    }

    /** A FIFO message's SequenceNumber as SQS writes it: 20 digits. */
    static String format(long sequence) {
        return String.format("%020d", sequence);
    }
}
