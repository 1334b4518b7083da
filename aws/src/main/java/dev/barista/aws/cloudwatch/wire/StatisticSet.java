package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_StatisticSet.html">
 * StatisticSet</a>.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record StatisticSet(Double sampleCount, Double sum, Double minimum, Double maximum) {

    dev.barista.core.metrics.StatisticSet toCore() {
        return new dev.barista.core.metrics.StatisticSet(sampleCount, sum, minimum, maximum);
    }
}
