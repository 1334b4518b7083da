package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDataResult.html">
 * MetricDataResult</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record MetricDataResult(String id, String label, List<Instant> timestamps, List<Double> values,
                               String statusCode, List<MessageData> messages) {

    static MetricDataResult of(dev.barista.core.metrics.MetricDataResult result) {
        return new MetricDataResult(result.id(), result.label(), result.timestamps(), result.values(),
                result.complete() ? "Complete" : "PartialData", List.of());
    }
}
