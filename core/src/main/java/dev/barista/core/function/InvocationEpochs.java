package dev.barista.core.function;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets one waiter learn that every invocation which began before it started waiting has ended, without making any
 * invocation wait: a grace period, as in read-copy-update. Invocations count themselves in the current of two
 * epochs; {@link #awaitEarlier} switches epochs and waits for the previous one to empty.
 *
 * <p>Thread-safe. {@link #enter} and closing its hold are two atomic operations on the hot path; at most one thread
 * at a time waits (callers of {@link #awaitEarlier} are serialized).
 */
final class InvocationEpochs {
    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final AtomicLong[] holders = {new AtomicLong(), new AtomicLong()};
    private volatile int current;
    private volatile Thread waiter;

    /** Counts one invocation in the current epoch until the hold is closed (exactly once). */
    CodeGuard.Hold enter() {
        while (true) {
            int epoch = current;
            holders[epoch].incrementAndGet();
            if (current == epoch) {
                return () -> exit(epoch);
            }
            // The epoch switched between reading and counting: a waiter may have seen this epoch empty already.
            exit(epoch);
        }
    }

    /**
     * Returns once every hold entered before this call has been closed. Holds entered meanwhile are not waited for.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized void awaitEarlier() throws InterruptedException {
        int previous = current;
        current = 1 - previous;
        waiter = Thread.currentThread();
        try {
            while (holders[previous].get() != 0) {
                // Woken by the last hold to close; the timeout only bounds a wake-up that raced with parking.
                LockSupport.parkNanos(this, PARK_NANOS);
                if (Thread.interrupted()) {
                    throw new InterruptedException("waiting for earlier invocations to end");
                }
            }
        } finally {
            waiter = null;
        }
    }

    private void exit(int epoch) {
        if (holders[epoch].decrementAndGet() == 0 && epoch != current) {
            Thread waiting = waiter;
            if (waiting != null) {
                LockSupport.unpark(waiting);
            }
        }
    }
}
