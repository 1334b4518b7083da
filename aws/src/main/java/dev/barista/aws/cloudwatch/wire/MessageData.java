package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MessageData.html">MessageData</a>. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record MessageData(String code, String value) {
}
