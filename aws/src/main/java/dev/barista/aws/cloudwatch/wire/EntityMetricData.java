package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_EntityMetricData.html">
 * EntityMetricData</a>: its metric data are recorded like {@code MetricData}; the entity is not kept.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record EntityMetricData(Entity entity, List<MetricDatum> metricData) {
}
