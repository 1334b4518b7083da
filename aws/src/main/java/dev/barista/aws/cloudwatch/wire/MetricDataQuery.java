package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDataQuery.html">
 * MetricDataQuery</a>. {@code AccountId} (cross-account observability) is accepted and ignored: one account here.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record MetricDataQuery(String id, MetricStat metricStat, String expression, String label, Boolean returnData,
                              Integer period, String accountId) {

    dev.barista.core.metrics.MetricDataQuery toCore() {
        return new dev.barista.core.metrics.MetricDataQuery(id, metricStat == null ? null : metricStat.toCore(),
                expression, label, returnData, period);
    }
}
