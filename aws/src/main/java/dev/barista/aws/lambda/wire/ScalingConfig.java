package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code ScalingConfig}: the most concurrent invocations an SQS mapping makes (2-1,000). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record ScalingConfig(Integer maximumConcurrency) {
}
