package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.metrics.MetricSeries;
import java.util.List;

/** <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html">Metric</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Metric(String namespace, String metricName, List<Dimension> dimensions) {

    dev.barista.core.metrics.Metric toCore() {
        return new dev.barista.core.metrics.Metric(namespace, metricName, Dimension.toCore(dimensions));
    }

    static Metric of(MetricSeries series) {
        return new Metric(series.namespace(), series.metricName(), Dimension.of(series.dimensions()));
    }
}
