package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import java.util.regex.Pattern;

/**
 * What a function's {@code DeadLetterConfig.TargetArn} may be, checked with Lambda's errors: a standard SQS queue
 * in the function's region. Lambda also takes SNS topics; Barista has no SNS yet and says so.
 */
final class DeadLetterTargets {
    private static final String PATTERN_TEXT = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()";
    private static final Pattern PATTERN = Pattern.compile(PATTERN_TEXT);

    private DeadLetterTargets() {
    }

    /** @param targetArn the ARN given, or null or empty for none */
    static void check(String targetArn, AccountSettings account) {
        if (targetArn == null || targetArn.isEmpty()) {
            return;
        }
        if (!PATTERN.matcher(targetArn).matches()) {
            throw BaristaException.validation("1 validation error detected: Value '" + targetArn + "' at"
                    + " 'deadLetterConfig.targetArn' failed to satisfy constraint: Member must satisfy regular"
                    + " expression pattern: " + PATTERN_TEXT);
        }
        String[] parts = targetArn.split(":", 6);
        String service = parts[2];
        if (!service.equals("sqs") && !service.equals("sns")) {
            throw invalid("The service specified by the TargetArn is not supported for dead letter configuration.");
        }
        if (parts.length < 6 || !account.region().equals(parts[3])) {
            throw invalid("The resource specified by the TargetArn must be in the same region as the Lambda function"
                    + " it's associated with.");
        }
        if (service.equals("sns")) {
            throw BaristaException.invalidParameter("Barista does not support SNS topics as dead-letter queues yet;"
                    + " use an SQS queue.");
        }
        if (parts[5].endsWith(".fifo")) {
            throw invalid("FIFO SQS queue is not supported for dead letter configuration");
        }
    }

    private static BaristaException invalid(String reason) {
        return BaristaException.invalidParameter("Invalid dead letter queue ARN: " + reason);
    }
}
