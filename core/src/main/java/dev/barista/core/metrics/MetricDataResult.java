package dev.barista.core.metrics;

import java.time.Instant;
import java.util.List;

/**
 * The datapoints of one query on one page of GetMetricData, in the order {@code ScanBy} asked for.
 *
 * @param complete whether this page holds the last of the query's datapoints ({@code Complete}); else
 *     {@code PartialData}: the next page has more
 */
public record MetricDataResult(String id, String label, List<Instant> timestamps, List<Double> values,
                               boolean complete) {
}
