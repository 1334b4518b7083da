package dev.barista.core.metrics;

import java.util.List;

/** GetMetricStatistics' answer: the metric's name as label, and one datapoint per period and unit with data. */
public record MetricStatistics(String label, List<Datapoint> datapoints) {
}
