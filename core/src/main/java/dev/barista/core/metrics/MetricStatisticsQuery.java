package dev.barista.core.metrics;

import java.time.Instant;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html">
 * GetMetricStatistics</a>, as the request gave it.
 *
 * @param statistics standard statistic names ({@code Sum}, ...)
 * @param extendedStatistics percentiles ({@code p99}, ...)
 * @param unit a unit name, or null for data of any unit
 */
public record MetricStatisticsQuery(String namespace, String metricName, List<Dimension> dimensions,
                                    Instant startTime, Instant endTime, Integer period, List<String> statistics,
                                    List<String> extendedStatistics, String unit) {

    List<String> extendedStatisticsOrEmpty() {
        return extendedStatistics == null ? List.of() : extendedStatistics;
    }
}
