package dev.barista.core.metrics;

import java.time.Instant;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html">GetMetricData</a>.
 *
 * @param scanBy {@code TimestampDescending} (the default) or {@code TimestampAscending}
 * @param maxDatapoints the most datapoints one page answers, 100,800 by default
 */
public record MetricDataRequest(List<MetricDataQuery> queries, Instant startTime, Instant endTime, String nextToken,
                                String scanBy, Integer maxDatapoints) {
}
