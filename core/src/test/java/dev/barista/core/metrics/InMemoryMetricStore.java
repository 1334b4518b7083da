package dev.barista.core.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link MetricStore} in a map, for tests. Thread-safe (every method is synchronized). */
public final class InMemoryMetricStore implements MetricStore {
    private final Map<Key, SampleStatistics> aggregates = new HashMap<>();
    private int batches;

    @Override
    public synchronized void add(List<MinuteAggregate> added) {
        batches++;
        for (MinuteAggregate aggregate : added) {
            aggregates.computeIfAbsent(new Key(aggregate.series(), aggregate.minute(), aggregate.unit()),
                    ignored -> new SampleStatistics()).merge(aggregate.statistics());
        }
    }

    @Override
    public synchronized List<MinuteAggregate> read(MetricSeries series, Instant from, Instant to) {
        List<MinuteAggregate> found = new ArrayList<>();
        aggregates.forEach((key, statistics) -> {
            if (key.series().equals(series) && !key.minute().isBefore(from) && key.minute().isBefore(to)) {
                found.add(new MinuteAggregate(series, key.minute(), key.unit(), statistics.copy()));
            }
        });
        found.sort(Comparator.comparing(MinuteAggregate::minute));
        return found;
    }

    @Override
    public synchronized List<MetricSeries> series(String namespace, String metricName, Instant activeSince) {
        return aggregates.keySet().stream()
                .filter(key -> namespace == null || key.series().namespace().equals(namespace))
                .filter(key -> metricName == null || key.series().metricName().equals(metricName))
                .filter(key -> !key.minute().isBefore(activeSince))
                .map(Key::series)
                .distinct()
                .toList();
    }

    @Override
    public synchronized void deleteBefore(Instant cutoff) {
        aggregates.keySet().removeIf(key -> key.minute().isBefore(cutoff));
    }

    /** How many times {@link #add} was called. */
    public synchronized int batches() {
        return batches;
    }

    private record Key(MetricSeries series, Instant minute, StandardUnit unit) {
    }
}
