package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code TracingConfig} in requests and {@code TracingConfigResponse}: {@code Active} or {@code PassThrough}. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record TracingConfig(String mode) {

    static String modeOf(TracingConfig config) {
        return config == null ? null : config.mode();
    }
}
