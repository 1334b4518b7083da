package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.metrics.MetricStatisticsQuery;
import java.time.Instant;
import java.util.List;

/**
 * The input of <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html">
 * GetMetricStatistics</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record GetMetricStatisticsInput(String namespace, String metricName, List<Dimension> dimensions,
                                       Instant startTime, Instant endTime, Integer period, List<String> statistics,
                                       List<String> extendedStatistics, String unit) {

    public MetricStatisticsQuery toQuery() {
        return new MetricStatisticsQuery(namespace, metricName, Dimension.toCore(dimensions), startTime, endTime,
                period, statistics, extendedStatistics, unit);
    }
}
