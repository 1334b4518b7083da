package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.metrics.MetricDataPage;
import java.util.List;

/**
 * The output of <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html">
 * GetMetricData</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record GetMetricDataOutput(List<MetricDataResult> metricDataResults, String nextToken,
                                  List<MessageData> messages) {

    public static GetMetricDataOutput of(MetricDataPage page) {
        return new GetMetricDataOutput(page.results().stream().map(MetricDataResult::of).toList(), page.nextToken(),
                List.of());
    }
}
