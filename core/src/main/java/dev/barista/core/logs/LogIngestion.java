package dev.barista.core.logs;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * The one writer of log events: batches from any thread go into a bounded buffer, and one thread stores what has
 * gathered in one transaction (group commit), so that thousands of lines a second cost a few commits, not thousands.
 * While one commit is under way the next one gathers. A commit that carries a durable batch (PutLogEvents, whose
 * caller waits for it) starts at most 5 ms after the previous one; function output alone waits up to 50 ms, so that
 * under load each stream's output of many invocations becomes one batch, which the store keeps together (one chunk
 * instead of a row per line or per invocation): at 64 busy environments this cut the writer's CPU per invocation
 * from 55 to about 20 µs. A full buffer blocks its producers (a function writing faster than the store keeps up
 * waits, as a full pipe would make it), never drops.
 *
 * <p>Thread-safe. {@link #append} returns when the batch is buffered; {@link #appendDurably} completes when it is
 * committed, so PutLogEvents answers only for durable events. {@link #close} stores what is buffered, then stops.
 */
final class LogIngestion implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(LogIngestion.class.getName());
    private static final int MAXIMUM_ENTRIES_PER_COMMIT = 20_000;
    /**
     * A commit with a durable batch starts at most this long after the previous one (200 a second): fewer, larger
     * transactions cost less per line (each commit has its fsync and its index segment), and PutLogEvents waits
     * 5 ms at most for it.
     */
    private static final long DURABLE_COMMIT_INTERVAL_NANOS = 5_000_000;
    /**
     * Function output alone is committed at most this often (20 a second): a line becomes readable 50 ms later at
     * most (CloudWatch Logs itself takes longer), and a stream's lines of that time make one chunk.
     */
    private static final long OUTPUT_COMMIT_INTERVAL_NANOS = 50_000_000;

    private final LogStore store;
    private final Clock clock;
    private final BlockingQueue<Entry> buffer;
    private final Thread writer;
    private volatile boolean closing;

    LogIngestion(LogStore store, Clock clock, int capacity) {
        this.store = store;
        this.clock = clock;
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.writer = Thread.ofPlatform().name("barista-log-writer").daemon().start(this::run);
    }

    /** Buffers a batch; blocks while the buffer is full. */
    void append(LogBatch batch) {
        put(new Entry(batch, null));
    }

    /** Buffers a batch; the future completes with the store's answer once it is committed. */
    CompletableFuture<Boolean> appendDurably(LogBatch batch) {
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        put(new Entry(batch, stored));
        // A writer waiting the longer pace for function output gathers it now and keeps the shorter one.
        LockSupport.unpark(writer);
        return stored;
    }

    private void put(Entry entry) {
        if (closing) {
            throw new IllegalStateException("log ingestion is closed");
        }
        try {
            buffer.put(entry);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while buffering log events", interrupted);
        }
    }

    private void run() {
        List<Entry> gathered = new ArrayList<>();
        boolean stop = false;
        long lastCommit = System.nanoTime() - OUTPUT_COMMIT_INTERVAL_NANOS;
        while (!stop) {
            try {
                gathered.add(buffer.take());
            } catch (InterruptedException interrupted) {
                continue;
            }
            gatherUntilPace(gathered, lastCommit);
            lastCommit = System.nanoTime();
            stop = gathered.removeIf(entry -> entry.batch() == null);
            if (!gathered.isEmpty()) {
                store(gathered);
            }
            gathered.clear();
        }
    }

    /**
     * Gathers what arrives until the pace allows the next commit: the shorter one once a durable batch is among
     * them (announcing one unparks the writer), at once when closing or when a commit's worth has gathered.
     */
    private void gatherUntilPace(List<Entry> gathered, long lastCommit) {
        boolean durable = false;
        int checked = 0;
        while (true) {
            buffer.drainTo(gathered, MAXIMUM_ENTRIES_PER_COMMIT - gathered.size());
            for (; checked < gathered.size(); checked++) {
                durable |= gathered.get(checked).stored() != null;
            }
            long interval = durable ? DURABLE_COMMIT_INTERVAL_NANOS : OUTPUT_COMMIT_INTERVAL_NANOS;
            long wait = lastCommit + interval - System.nanoTime();
            if (wait <= 0 || closing || gathered.size() >= MAXIMUM_ENTRIES_PER_COMMIT) {
                return;
            }
            LockSupport.parkNanos(this, wait);
        }
    }

    private void store(List<Entry> entries) {
        List<Merged> merged = new ArrayList<>();
        Map<String, Merged> outputByStream = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.stored() != null || !entry.batch().createMissing()) {
                merged.add(new Merged(entry));
                continue;
            }
            Merged stream = outputByStream.get(entry.batch().groupName() + "\n" + entry.batch().streamName());
            if (stream == null) {
                stream = new Merged(entry);
                outputByStream.put(entry.batch().groupName() + "\n" + entry.batch().streamName(), stream);
                merged.add(stream);
            } else {
                stream.add(entry);
            }
        }
        try {
            List<Boolean> results = store.append(merged.stream().map(Merged::batch).toList(), clock.millis());
            for (int index = 0; index < merged.size(); index++) {
                for (Entry owner : merged.get(index).owners) {
                    if (owner.stored() != null) {
                        owner.stored().complete(results.get(index));
                    }
                }
            }
        } catch (RuntimeException failure) {
            LOGGER.log(Level.ERROR, "storing " + entries.size() + " log batches failed", failure);
            entries.stream().filter(entry -> entry.stored() != null)
                    .forEach(entry -> entry.stored().completeExceptionally(failure));
        }
    }

    /** Entries stored as one batch: the function output of one stream, or one durable batch alone. */
    private static final class Merged {
        private final LogBatch first;
        private final List<Entry> owners = new ArrayList<>();
        private List<NewLogEvent> events;

        Merged(Entry entry) {
            this.first = entry.batch();
            owners.add(entry);
        }

        void add(Entry entry) {
            if (events == null) {
                events = new ArrayList<>(first.events());
            }
            events.addAll(entry.batch().events());
            owners.add(entry);
        }

        LogBatch batch() {
            return events == null ? first : new LogBatch(first.groupName(), first.streamName(), events, true);
        }
    }

    /** Stores everything buffered before the call, then stops the writer. Idempotent. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        LockSupport.unpark(writer);
        try {
            buffer.put(new Entry(null, null));
            writer.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A buffered batch; a null batch tells the writer to stop. */
    private record Entry(LogBatch batch, CompletableFuture<Boolean> stored) {
    }
}
