package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code EphemeralStorage}: the size of {@code /tmp} in MB. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record EphemeralStorage(Integer size) {
}
