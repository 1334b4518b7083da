package dev.barista.core.metrics;

/** GetMetricData's {@code MetricStat}: a metric, the period and one statistic ({@code Sum}, {@code p99}). */
public record MetricStat(Metric metric, Integer period, String stat, String unit) {
}
