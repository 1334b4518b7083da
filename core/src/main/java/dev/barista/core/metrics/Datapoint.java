package dev.barista.core.metrics;

import java.time.Instant;
import java.util.Map;

/**
 * One period of GetMetricStatistics' answer. Only the statistics asked for are present; the others are null.
 *
 * @param timestamp the start of the period
 * @param extendedStatistics percentile name to value, or null when none was asked for; a percentile that cannot
 *     be computed (values unknown or negative) is left out
 */
public record Datapoint(Instant timestamp, StandardUnit unit, Double sampleCount, Double average, Double sum,
                        Double minimum, Double maximum, Map<String, Double> extendedStatistics) {
}
