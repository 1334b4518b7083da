package dev.barista.core.metering;

import dev.barista.core.function.Architecture;
import dev.barista.core.invoke.CompletedInvocation;
import dev.barista.core.invoke.InvocationObserver;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Meters every invocation as Lambda bills it: requests, billed duration (init phase included) and GB-seconds per
 * function, memory size, architecture and minute, and each minute's peak of concurrently running declared memory.
 *
 * <p>Durability: {@link #completed} only adds to totals in memory (a few map and array updates under a lock, so
 * thousands of invocations a second cost little); {@link #flush} writes everything gathered since the previous
 * flush in one store transaction. Once {@link #start}ed, a flush runs every flush interval (1 s by default), and
 * {@link #close} flushes a last time: a clean shutdown loses nothing, a {@code kill -9} loses at most the
 * invocations of the last flush interval. A flush that fails keeps its totals for the next one.
 *
 * <p>Thread-safe.
 */
public final class Meter implements InvocationObserver, AutoCloseable {
    public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(1);
    /**
     * How long after a minute an invocation that ran during it can still end: Lambda's longest timeout (900 s)
     * plus the init phase's limit (10 s), rounded up to whole minutes, plus a minute. Peaks are final after it.
     */
    static final Duration LONGEST_INVOCATION = Duration.ofMinutes(17);
    private static final System.Logger LOGGER = System.getLogger(Meter.class.getName());

    private final MeteringStore store;
    private final Clock clock;
    private final Duration flushInterval;
    /** Guards {@link #pending} and {@link #timeline}; held only for in-memory work. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Serializes flushes, so that two never write the same totals. */
    private final ReentrantLock flushLock = new ReentrantLock();
    private Map<Key, Usage> pending = new HashMap<>();
    private final ConcurrencyTimeline timeline = new ConcurrencyTimeline();
    private ScheduledExecutorService flusher;

    public Meter(MeteringStore store, Clock clock, Duration flushInterval) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.flushInterval = Objects.requireNonNull(flushInterval, "flushInterval");
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("flush interval must be positive: " + flushInterval);
        }
    }

    public Meter(MeteringStore store, Clock clock) {
        this(store, clock, DEFAULT_FLUSH_INTERVAL);
    }

    /** Starts flushing every flush interval on a daemon thread. */
    public void start() {
        lock.lock();
        try {
            if (flusher != null) {
                throw new IllegalStateException("the meter is already started");
            }
            flusher = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("barista-meter-flush").daemon().factory());
            long millis = flushInterval.toMillis();
            flusher.scheduleWithFixedDelay(this::flushOrLog, millis, millis, TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void completed(CompletedInvocation invocation) {
        Instant began = invocation.coldStart()
                ? invocation.started().minus(invocation.initDuration()) : invocation.started();
        Instant ended = invocation.started().plus(invocation.duration());
        int memory = invocation.memorySizeMegabytes();
        Key key = new Key(Math.floorDiv(began.toEpochMilli(), ConcurrencyTimeline.MILLISECONDS_PER_MINUTE),
                invocation.functionName(), memory, invocation.architecture());
        Usage usage = Usage.ofInvocation(invocation.billedMilliseconds(), memory);
        lock.lock();
        try {
            pending.merge(key, usage, Usage::plus);
            timeline.add(began.toEpochMilli(), ceilingMillis(ended), memory);
        } finally {
            lock.unlock();
        }
    }

    /** A throttled invocation never ran: Lambda bills nothing for it. */
    @Override
    public void throttled(String functionName, String invokedQualifier) {
    }

    /**
     * Writes every total gathered since the last flush, and the peaks of the minutes that changed, in one
     * transaction; on return they are durable. On failure they stay pending and the exception propagates.
     */
    public void flush() {
        flushLock.lock();
        try {
            Map<Key, Usage> batch;
            Map<Long, Long> peaks;
            lock.lock();
            try {
                batch = pending;
                pending = new HashMap<>();
                peaks = timeline.takeChangedPeaks();
            } finally {
                lock.unlock();
            }
            if (!batch.isEmpty() || !peaks.isEmpty()) {
                try {
                    store.record(usageRows(batch), peakRows(peaks));
                } catch (RuntimeException failure) {
                    restore(batch, peaks);
                    throw failure;
                }
            }
            // Only once their peaks are stored: no invocation still running can have run in these minutes.
            long finalBefore = Math.floorDiv(clock.instant().minus(LONGEST_INVOCATION).toEpochMilli(),
                    ConcurrencyTimeline.MILLISECONDS_PER_MINUTE);
            lock.lock();
            try {
                timeline.forgetBefore(finalBefore);
            } finally {
                lock.unlock();
            }
        } finally {
            flushLock.unlock();
        }
    }

    /** Stops the periodic flush and flushes a last time. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        lock.lock();
        try {
            stopping = flusher;
            flusher = null;
        } finally {
            lock.unlock();
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    private void flushOrLog() {
        try {
            flush();
        } catch (RuntimeException failure) {
            LOGGER.log(Level.WARNING, "Writing metered usage failed; it is kept for the next flush", failure);
        }
    }

    private void restore(Map<Key, Usage> batch, Map<Long, Long> peaks) {
        lock.lock();
        try {
            batch.forEach((key, usage) -> pending.merge(key, usage, Usage::plus));
            if (!peaks.isEmpty()) {
                timeline.markChanged(Collections.min(peaks.keySet()), Collections.max(peaks.keySet()));
            }
        } finally {
            lock.unlock();
        }
    }

    private static List<MinuteUsage> usageRows(Map<Key, Usage> batch) {
        List<MinuteUsage> rows = new ArrayList<>(batch.size());
        batch.forEach((key, usage) -> rows.add(new MinuteUsage(minuteStart(key.minute()), key.functionName(),
                key.memorySizeMegabytes(), key.architecture(), usage)));
        return rows;
    }

    private static List<ConcurrencyPeak> peakRows(Map<Long, Long> peaks) {
        List<ConcurrencyPeak> rows = new ArrayList<>(peaks.size());
        peaks.forEach((minute, megabytes) -> rows.add(new ConcurrencyPeak(minuteStart(minute), megabytes)));
        return rows;
    }

    private static Instant minuteStart(long minute) {
        return Instant.ofEpochMilli(minute * ConcurrencyTimeline.MILLISECONDS_PER_MINUTE);
    }

    private static long ceilingMillis(Instant instant) {
        return instant.toEpochMilli() + (instant.getNano() % 1_000_000 == 0 ? 0 : 1);
    }

    private record Key(long minute, String functionName, int memorySizeMegabytes, Architecture architecture) {
    }
}
