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
 * <p>Thread-safe. Recording takes no lock but the pending aggregate's own (the map's too when the minute is new, or
 * when a flush took the aggregate meanwhile); a flush holds the write lock only while it moves what it drained into
 * the store, and readers hold the read lock while they look at both.
 */
final class RecordedMetrics {
    private final MetricStore store;
    private final ConcurrentHashMap<Key, Pending> pending = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock flushing = new ReentrantReadWriteLock();

    RecordedMetrics(MetricStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Adds samples to the series' minute that contains {@code timestamp}, under its unit. */
    void record(MetricSeries series, Instant timestamp, StandardUnit unit, Consumer<SampleStatistics> samples) {
        Key key = new Key(series, MinuteAggregate.minuteOf(timestamp), unit);
        Pending known = pending.get(key);
        if (known != null && known.add(samples)) {
            return;
        }
        pending.compute(key, (ignored, current) -> {
            // What the map holds was never drained: a flush removes an aggregate before it drains it.
            Pending target = current == null ? new Pending() : current;
            target.add(samples);
            return target;
        });
    }

    /** Moves every pending aggregate into the store, in one batch. */
    void flush() {
        flushing.writeLock().lock();
        try {
            List<MinuteAggregate> drained = new ArrayList<>();
            for (Key key : new ArrayList<>(pending.keySet())) {
                Pending removed = pending.remove(key);
                if (removed != null) {
                    drained.add(new MinuteAggregate(key.series(), key.minute(), key.unit(), removed.drain()));
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
            pending.forEach((key, aggregate) -> {
                if (key.series().equals(series) && !key.minute().isBefore(from) && key.minute().isBefore(to)) {
                    aggregate.read(statistics -> add(merged, key.minute(), key.unit(), statistics));
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

    /**
     * A minute's statistics while they wait for a flush. Samples arrive under its monitor, readers merge under it,
     * and once a flush has drained it no sample joins it any more (it has been handed to the store).
     */
    private static final class Pending {
        private final SampleStatistics statistics = new SampleStatistics();
        private boolean drained;

        /** Adds samples; false, adding nothing, once drained. */
        synchronized boolean add(Consumer<SampleStatistics> samples) {
            if (drained) {
                return false;
            }
            samples.accept(statistics);
            return true;
        }

        synchronized void read(Consumer<SampleStatistics> reader) {
            reader.accept(statistics);
        }

        synchronized SampleStatistics drain() {
            drained = true;
            return statistics;
        }
    }
}
