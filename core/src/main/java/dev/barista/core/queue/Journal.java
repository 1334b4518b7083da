package dev.barista.core.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit of queue changes: callers {@link #append} changes (a non-blocking hand-off, so they may do it while
 * holding a queue's lock, which keeps the journal in the order of the state changes), then wait for the returned
 * future outside the lock. One writer thread drains everything appended since its last commit and applies it to the
 * store in one transaction, so that concurrent requests share one fsync.
 *
 * <p>Thread-safe. Changes are applied in the order they were appended. A failed commit fails every future of its
 * batch; later batches are still attempted.
 */
final class Journal implements AutoCloseable {
    /** A bound on one transaction, so that a burst does not hold the write connection for long. */
    private static final int MAXIMUM_BATCH = 2_000;

    private final QueueStore store;
    private final LinkedBlockingQueue<Pending> pending = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    Journal(QueueStore store) {
        this.store = store;
        this.writer = Thread.ofPlatform().name("barista-queue-journal").daemon().start(this::run);
    }

    /** Hands a change to the writer; the future completes once it is durable. */
    CompletableFuture<Void> append(QueueChange change) {
        Pending entry = new Pending(change, new CompletableFuture<>());
        if (closed) {
            entry.committed.completeExceptionally(new IllegalStateException("the queue journal is closed"));
            return entry.committed;
        }
        pending.add(entry);
        return entry.committed;
    }

    /** Waits for a future of {@link #append}; a failed commit surfaces as an unchecked exception. */
    static void await(CompletableFuture<Void> committed) {
        committed.join();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        List<QueueChange> changes = new ArrayList<>();
        while (!closed || !pending.isEmpty()) {
            try {
                Pending first = pending.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                pending.drainTo(batch, MAXIMUM_BATCH - 1);
                for (Pending entry : batch) {
                    changes.add(entry.change);
                }
                commit(batch, changes);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
                changes.clear();
            }
        }
    }

    private void commit(List<Pending> batch, List<QueueChange> changes) {
        try {
            store.apply(changes);
        } catch (RuntimeException | Error failure) {
            for (Pending entry : batch) {
                entry.committed.completeExceptionally(failure);
            }
            return;
        }
        for (Pending entry : batch) {
            entry.committed.complete(null);
        }
    }

    /** Commits what was appended, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Pending entry; (entry = pending.poll()) != null; ) {
            entry.committed.completeExceptionally(new IllegalStateException("the queue journal is closed"));
        }
    }

    private record Pending(QueueChange change, CompletableFuture<Void> committed) {
    }
}
