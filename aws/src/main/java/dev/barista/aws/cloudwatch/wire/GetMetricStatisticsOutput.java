package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.metrics.MetricStatistics;
import java.util.List;

/**
 * The output of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html">
 * GetMetricStatistics</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record GetMetricStatisticsOutput(String label, List<Datapoint> datapoints) {

    public static GetMetricStatisticsOutput of(MetricStatistics statistics) {
        return new GetMetricStatisticsOutput(statistics.label(),
                statistics.datapoints().stream().map(Datapoint::of).toList());
    }
}
