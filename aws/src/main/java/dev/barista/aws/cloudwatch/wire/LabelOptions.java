package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_LabelOptions.html">
 * LabelOptions</a>: ignored (labels carry no time zone here).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record LabelOptions(String timezone) {
}
