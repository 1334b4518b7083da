package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.metrics.ListMetricsQuery;
import java.util.List;

/**
 * The input of <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">
 * ListMetrics</a>. {@code IncludeLinkedAccounts} and {@code OwningAccount} (cross-account observability) are
 * accepted and ignored: one account here.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ListMetricsInput(String namespace, String metricName, List<DimensionFilter> dimensions,
                               String nextToken, String recentlyActive, Boolean includeLinkedAccounts,
                               String owningAccount) {

    public ListMetricsQuery toQuery() {
        return new ListMetricsQuery(namespace, metricName, dimensions == null ? null : dimensions.stream()
                .map(filter -> new dev.barista.core.metrics.DimensionFilter(filter.name(), filter.value())).toList(),
                nextToken, recentlyActive);
    }
}
