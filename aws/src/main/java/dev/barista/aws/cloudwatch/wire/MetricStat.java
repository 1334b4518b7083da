package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricStat.html">MetricStat</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record MetricStat(Metric metric, Integer period, String stat, String unit) {

    dev.barista.core.metrics.MetricStat toCore() {
        return new dev.barista.core.metrics.MetricStat(metric == null ? null : metric.toCore(), period, stat, unit);
    }
}
