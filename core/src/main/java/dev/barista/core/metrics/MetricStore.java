package dev.barista.core.metrics;

import java.time.Instant;
import java.util.List;

/**
 * Where minute aggregates are kept durably, so that metrics survive a restart. Implementations are thread-safe;
 * each method is atomic (a crash leaves a call's changes applied entirely or not at all).
 */
public interface MetricStore {

    /**
     * Adds each aggregate to what is stored for its series, minute and unit: sample counts and sums add up,
     * minimum and maximum widen, distributions merge ({@link SampleStatistics#merge}). The aggregates are not
     * changed.
     */
    void add(List<MinuteAggregate> aggregates);

    /** The stored aggregates of exactly this series whose minute is in {@code [from, to)}, oldest first. */
    List<MinuteAggregate> read(MetricSeries series, Instant from, Instant to);

    /**
     * Every series with an aggregate whose minute is at or after {@code activeSince}, in the given namespace and of
     * the given name (null matches any), in no particular order.
     */
    List<MetricSeries> series(String namespace, String metricName, Instant activeSince);

    /** Forgets every aggregate whose minute is before {@code cutoff}, and every series left without one. */
    void deleteBefore(Instant cutoff);
}
