package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A function's {@code DeadLetterConfig}: the SQS queue that failed asynchronous events go to. In requests an empty
 * one, or an empty {@code TargetArn}, means none; responses carry it only when the function has one.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record DeadLetterConfig(String targetArn) {

    /** The target of a create request: null for none. */
    static String targetOf(DeadLetterConfig config) {
        return config == null ? null : config.targetArn();
    }

    /** The target of an update request: null keeps the current one, empty removes it. */
    static String updateOf(DeadLetterConfig config) {
        if (config == null) {
            return null;
        }
        return config.targetArn() == null ? "" : config.targetArn();
    }

    static DeadLetterConfig of(String targetArn) {
        return targetArn == null ? null : new DeadLetterConfig(targetArn);
    }
}
