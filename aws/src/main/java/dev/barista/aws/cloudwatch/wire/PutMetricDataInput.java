package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.metrics.PutMetricDataCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html">
 * PutMetricData</a>. The data of {@code EntityMetricData} are recorded after those of {@code MetricData}.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record PutMetricDataInput(String namespace, List<MetricDatum> metricData,
                                 List<EntityMetricData> entityMetricData, Boolean strictEntityValidation) {

    public PutMetricDataCommand toCommand() {
        List<dev.barista.core.metrics.MetricDatum> data = new ArrayList<>();
        if (metricData != null) {
            metricData.forEach(datum -> data.add(datum.toCore()));
        }
        if (entityMetricData != null) {
            for (EntityMetricData entity : entityMetricData) {
                if (entity.metricData() != null) {
                    entity.metricData().forEach(datum -> data.add(datum.toCore()));
                }
            }
        }
        return new PutMetricDataCommand(namespace, data);
    }
}
