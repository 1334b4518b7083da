package dev.barista.core.metrics;

import java.util.List;

/** A metric named in a query ({@code Metric} in CloudWatch's API): any member may be missing until validated. */
public record Metric(String namespace, String metricName, List<Dimension> dimensions) {
}
