package dev.barista.core.metrics;

/**
 * One of GetMetricData's {@code MetricDataQueries}: a metric statistic, or a math expression (not supported).
 *
 * @param returnData whether its result is answered (null for true)
 */
public record MetricDataQuery(String id, MetricStat metricStat, String expression, String label, Boolean returnData,
                              Integer period) {
}
