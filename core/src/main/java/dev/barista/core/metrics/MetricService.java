package dev.barista.core.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * CloudWatch metrics: records samples (Barista's own {@code AWS/Lambda} figures, and custom namespaces through
 * PutMetricData) as one-minute aggregates, and answers GetMetricStatistics, GetMetricData and ListMetrics from
 * them.
 *
 * <p>Samples are aggregated in memory and {@linkplain #flush() flushed} to the {@link MetricStore} in batches; the
 * server flushes every few seconds and when it stops, so a crash loses at most the samples since the last flush.
 * Aggregates older than the retention are {@linkplain #purgeExpired() purged}. Thread-safe.
 */
public final class MetricService {
    private final RecordedMetrics recorded;
    private final StatisticsQueries statistics;
    private final MetricDataQueries data;
    private final MetricListings listings;
    private final Duration retention;
    private final Clock clock;

    /** @param retention how long minute aggregates are kept (CloudWatch keeps one-minute data 15 days) */
    public MetricService(MetricStore store, Duration retention, Clock clock) {
        this.recorded = new RecordedMetrics(store);
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.statistics = new StatisticsQueries(recorded);
        this.data = new MetricDataQueries(recorded);
        this.listings = new MetricListings(recorded, clock);
    }

    /**
     * Records one sample without checks: for Barista's own figures, in namespaces PutMetricData refuses.
     *
     * @param timestamp when it happened; it counts in that minute
     */
    public void record(MetricSeries series, Instant timestamp, StandardUnit unit, double value) {
        recorded.record(series, timestamp, unit, samples -> samples.add(value, 1));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html">
     * PutMetricData</a>: all of the request's data, or none of it when any datum is refused.
     */
    public void putMetricData(PutMetricDataCommand command) {
        for (MetricDataValidation.Accepted datum : MetricDataValidation.validate(command, clock.instant())) {
            if (datum.samples() != null) {
                recorded.record(datum.series(), datum.timestamp(), datum.unit(), datum.samples());
            }
        }
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html">
     * GetMetricStatistics</a>.
     */
    public MetricStatistics getMetricStatistics(MetricStatisticsQuery query) {
        return statistics.answer(query);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html">
     * GetMetricData</a>.
     */
    public MetricDataPage getMetricData(MetricDataRequest request) {
        return data.answer(request);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">
     * ListMetrics</a>.
     */
    public MetricListing listMetrics(ListMetricsQuery query) {
        return listings.answer(query);
    }

    /** Writes the aggregates recorded since the last flush to the store, in one batch. */
    public void flush() {
        recorded.flush();
    }

    /** Deletes the aggregates older than the retention. */
    public void purgeExpired() {
        recorded.deleteBefore(MinuteAggregate.minuteOf(clock.instant().minus(retention)));
    }
}
