package dev.barista.core.metrics;

import java.util.List;

/** One page of GetMetricData: a result per query that returns data; {@code nextToken} null on the last page. */
public record MetricDataPage(List<MetricDataResult> results, String nextToken) {
}
