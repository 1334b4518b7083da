package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Dimension.html">Dimension</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Dimension(String name, String value) {

    static List<dev.barista.core.metrics.Dimension> toCore(List<Dimension> dimensions) {
        return dimensions == null ? null : dimensions.stream()
                .map(dimension -> new dev.barista.core.metrics.Dimension(dimension.name(), dimension.value()))
                .toList();
    }

    static List<Dimension> of(List<dev.barista.core.metrics.Dimension> dimensions) {
        return dimensions.stream().map(dimension -> new Dimension(dimension.name(), dimension.value())).toList();
    }
}
