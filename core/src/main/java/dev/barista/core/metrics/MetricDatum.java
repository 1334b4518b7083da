package dev.barista.core.metrics;

import java.time.Instant;
import java.util.List;

/**
 * One entry of PutMetricData's {@code MetricData}, as the request gave it (any member may be missing; the service
 * validates). Exactly one of {@code value}, {@code statisticValues} and {@code values} carries the samples.
 *
 * @param timestamp when the samples were taken; null for now
 * @param counts how often each of {@code values} occurred (default 1 each)
 * @param unit CloudWatch's unit name, or null for {@code None}
 * @param storageResolution 60 (standard) or 1 (high resolution, kept at one minute here)
 */
public record MetricDatum(String metricName, List<Dimension> dimensions, Instant timestamp, Double value,
                          StatisticSet statisticValues, List<Double> values, List<Double> counts, String unit,
                          Integer storageResolution) {
}
