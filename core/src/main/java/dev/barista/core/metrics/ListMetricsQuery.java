package dev.barista.core.metrics;

import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">ListMetrics</a>.
 *
 * @param recentlyActive {@code PT3H} for metrics with data in the last three hours, or null (two weeks)
 */
public record ListMetricsQuery(String namespace, String metricName, List<DimensionFilter> dimensions,
                               String nextToken, String recentlyActive) {
}
