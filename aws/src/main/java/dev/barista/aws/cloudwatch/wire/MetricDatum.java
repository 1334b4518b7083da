package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/** <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record MetricDatum(String metricName, List<Dimension> dimensions, Instant timestamp, Double value,
                          StatisticSet statisticValues, List<Double> values, List<Double> counts, String unit,
                          Integer storageResolution) {

    dev.barista.core.metrics.MetricDatum toCore() {
        return new dev.barista.core.metrics.MetricDatum(metricName, Dimension.toCore(dimensions), timestamp, value,
                statisticValues == null ? null : statisticValues.toCore(), values, counts, unit, storageResolution);
    }
}
