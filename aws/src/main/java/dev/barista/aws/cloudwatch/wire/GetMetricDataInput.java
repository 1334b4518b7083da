package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.metrics.MetricDataRequest;
import java.time.Instant;
import java.util.List;

/**
 * The input of <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html">
 * GetMetricData</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record GetMetricDataInput(List<MetricDataQuery> metricDataQueries, Instant startTime, Instant endTime,
                                 String nextToken, String scanBy, Integer maxDatapoints, LabelOptions labelOptions) {

    public MetricDataRequest toRequest() {
        return new MetricDataRequest(metricDataQueries == null ? null
                : metricDataQueries.stream().map(MetricDataQuery::toCore).toList(), startTime, endTime, nextToken,
                scanBy, maxDatapoints);
    }
}
