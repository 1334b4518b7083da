package dev.barista.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * How far a reader of a process's output has come: the highest delivery marker it has read, and whether the stream
 * has ended. Others wait for a marker ({@link #await}), or leave an action that runs on the reader's thread when the
 * marker is read ({@link #whenReached}): the reader then wakes nobody but the thread the action wakes. Thread-safe.
 */
final class MarkerProgress {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progressed = lock.newCondition();
    private final List<Pending> pending = new ArrayList<>();
    private long lastMarker;
    private boolean ended;

    private record Pending(long marker, Runnable action) {
    }

    /** The reader read this marker: everything written before it has been delivered. */
    void reached(long marker) {
        List<Runnable> due = change(() -> lastMarker = Math.max(lastMarker, marker));
        due.forEach(Runnable::run);
    }

    /** The stream has ended: nothing more will be delivered, every waiter is released. */
    void end() {
        List<Runnable> due = change(() -> ended = true);
        due.forEach(Runnable::run);
    }

    /** Runs {@code action} once the marker has been read or the stream has ended: at once if so already. */
    void whenReached(long marker, Runnable action) {
        lock.lock();
        try {
            if (lastMarker < marker && !ended) {
                pending.add(new Pending(marker, action));
                return;
            }
        } finally {
            lock.unlock();
        }
        action.run();
    }

    /** Waits until the marker has been read or the stream has ended; false if the timeout passed first. */
    boolean await(long marker, Duration timeout) {
        return await(() -> lastMarker >= marker || ended, timeout);
    }

    /** Waits until the stream has ended; false if the timeout passed first. */
    boolean awaitEnd(Duration timeout) {
        return await(() -> ended, timeout);
    }

    private List<Runnable> change(Runnable change) {
        List<Runnable> due = new ArrayList<>(0);
        lock.lock();
        try {
            change.run();
            progressed.signalAll();
            for (Iterator<Pending> iterator = pending.iterator(); iterator.hasNext(); ) {
                Pending next = iterator.next();
                if (next.marker() <= lastMarker || ended) {
                    due.add(next.action());
                    iterator.remove();
                }
            }
        } finally {
            lock.unlock();
        }
        return due;
    }

    private boolean await(BooleanSupplier condition, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = progressed.awaitNanos(remaining);
            }
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
