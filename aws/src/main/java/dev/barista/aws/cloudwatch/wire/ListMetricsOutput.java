package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.metrics.MetricListing;
import java.util.List;

/**
 * The output of <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">
 * ListMetrics</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListMetricsOutput(List<Metric> metrics, String nextToken) {

    public static ListMetricsOutput of(MetricListing listing) {
        return new ListMetricsOutput(listing.metrics().stream().map(Metric::of).toList(), listing.nextToken());
    }
}
