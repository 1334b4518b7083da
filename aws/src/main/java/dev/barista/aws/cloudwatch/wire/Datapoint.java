package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;

/** <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Datapoint.html">Datapoint</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Datapoint(Instant timestamp, Double sampleCount, Double average, Double sum, Double minimum,
                        Double maximum, String unit, Map<String, Double> extendedStatistics) {

    static Datapoint of(dev.barista.core.metrics.Datapoint datapoint) {
        return new Datapoint(datapoint.timestamp(), datapoint.sampleCount(), datapoint.average(), datapoint.sum(),
                datapoint.minimum(), datapoint.maximum(), datapoint.unit().awsName(),
                datapoint.extendedStatistics());
    }
}
