package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.error.BaristaException;

/**
 * A function's {@code DeadLetterConfig}. Barista does not deliver failed asynchronous events to a dead-letter queue
 * yet, so a target is refused loudly rather than accepted and ignored; an empty one (which clears it) is fine.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record DeadLetterConfig(String targetArn) {

    static void refuseTarget(DeadLetterConfig config) {
        if (config != null && config.targetArn() != null && !config.targetArn().isEmpty()) {
            throw BaristaException.invalidParameter("Barista does not support DeadLetterConfig yet.");
        }
    }
}
