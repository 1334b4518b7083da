package dev.barista.core.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * Every sample recorded, as minute aggregates: the ones not yet flushed in memory, the others in the
 * {@link MetricStore}. Readers see both, merged, and never miss samples that a flush is moving.
 *
 * <p>Thread-safe. Recording takes no lock but the map's own (one per key); a flush holds the write lock only while it
 * moves what it drained into the store, and readers hold the read lock while they look at both.
 */
final class RecordedMetrics {
    private final MetricStore store;
    private final ConcurrentHashMap<Key, SampleStatistics> pending = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock flushing = new ReentrantReadWriteLock();

    RecordedMetrics(MetricStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Adds samples to the series' minute that contains {@code timestamp}, under its unit. */
    void record(MetricSeries series, Instant timestamp, StandardUnit unit, Consumer<SampleStatistics> samples) {
        pending.compute(new Key(series, MinuteAggregate.minuteOf(timestamp), unit), (key, statistics) -> {
            SampleStatistics target = statistics == null ? new SampleStatistics() : statistics;
            // Readers merge pending statistics while samples arrive: both hold the statistics' monitor.
            synchronized (target) {
                samples.accept(target);
            }
            return target;
        });
    }

    /** Moves every pending aggregate into the store, in one batch. */
    void flush() {
        flushing.writeLock().lock();
        try {
            List<MinuteAggregate> drained = new ArrayList<>();
            for (Key key : new ArrayList<>(pending.keySet())) {
                SampleStatistics statistics = pending.remove(key);
                if (statistics != null) {
                    drained.add(new MinuteAggregate(key.series(), key.minute(), key.unit(), statistics));
                }
            }
            if (!drained.isEmpty()) {
                try {
                    store.add(drained);
                } catch (RuntimeException failure) {
                    // Keep the samples for the next flush rather than lose them.
                    drained.forEach(aggregate -> record(aggregate.series(), aggregate.minute(), aggregate.unit(),
                            statistics -> statistics.merge(aggregate.statistics())));
                    throw failure;
                }
            }
        } finally {
            flushing.writeLock().unlock();
        }
    }

    /** The aggregates of a series with minute in {@code [from, to)}, stored and pending merged, oldest first. */
    List<MinuteAggregate> read(MetricSeries series, Instant from, Instant to) {
        flushing.readLock().lock();
        try {
            Map<Instant, Map<StandardUnit, SampleStatistics>> merged = new TreeMap<>();
            for (MinuteAggregate stored : store.read(series, from, to)) {
                add(merged, stored.minute(), stored.unit(), stored.statistics());
            }
            pending.forEach((key, statistics) -> {
                if (key.series().equals(series) && !key.minute().isBefore(from) && key.minute().isBefore(to)) {
                    synchronized (statistics) {
                        add(merged, key.minute(), key.unit(), statistics);
                    }
                }
            });
            List<MinuteAggregate> aggregates = new ArrayList<>();
            merged.forEach((minute, byUnit) -> byUnit.forEach((unit, statistics) ->
                    aggregates.add(new MinuteAggregate(series, minute, unit, statistics))));
            return aggregates;
        } finally {
            flushing.readLock().unlock();
        }
    }

    /** Series with samples at or after {@code activeSince}, stored or pending (null filters match any). */
    Collection<MetricSeries> series(String namespace, String metricName, Instant activeSince) {
        flushing.readLock().lock();
        try {
            Set<MetricSeries> series = new HashSet<>(store.series(namespace, metricName, activeSince));
            for (Key key : pending.keySet()) {
                if ((namespace == null || key.series().namespace().equals(namespace))
                        && (metricName == null || key.series().metricName().equals(metricName))
                        && !key.minute().isBefore(activeSince)) {
                    series.add(key.series());
                }
            }
            return series;
        } finally {
            flushing.readLock().unlock();
        }
    }

    void deleteBefore(Instant cutoff) {
        store.deleteBefore(cutoff);
    }

    private static void add(Map<Instant, Map<StandardUnit, SampleStatistics>> merged, Instant minute,
                            StandardUnit unit, SampleStatistics statistics) {
        merged.computeIfAbsent(minute, ignored -> new TreeMap<>())
                .computeIfAbsent(unit, ignored -> new SampleStatistics()).merge(statistics);
    }

    private record Key(MetricSeries series, Instant minute, StandardUnit unit) {
    }
}
