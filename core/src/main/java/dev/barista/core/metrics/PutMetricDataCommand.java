package dev.barista.core.metrics;

import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html">PutMetricData</a>.
 */
public record PutMetricDataCommand(String namespace, List<MetricDatum> metricData) {
}
