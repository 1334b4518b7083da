package dev.barista.core.metrics;

import java.util.List;

/** One page of ListMetrics; {@code nextToken} is null on the last page. */
public record MetricListing(List<MetricSeries> metrics, String nextToken) {
}
