package dev.barista.aws.cloudwatch.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Entity.html">
 * Entity</a>: accepted, not kept.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Entity(Map<String, String> keyAttributes, Map<String, String> attributes) {
}
