package dev.barista.core.eventsource;

import dev.barista.core.error.BaristaException;
import java.util.regex.Pattern;

/** Event source ARNs: checked against Lambda's pattern and sorted by the service they name. */
final class EventSourceArns {
    private static final String PATTERN_TEXT =
            "arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:([a-z]{2}(-gov)?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)";
    private static final Pattern PATTERN = Pattern.compile(PATTERN_TEXT);

    private EventSourceArns() {
    }

    /** The sources Lambda polls; only SQS exists in Barista so far. */
    enum Source {
        SQS,
        /** Kinesis, DynamoDB Streams, MSK, MQ, DocumentDB: Lambda takes them, Barista does not have them yet. */
        NOT_IN_BARISTA,
        UNRECOGNIZED
    }

    /**
     * @throws BaristaException VALIDATION when the ARN is missing or does not fit Lambda's pattern
     */
    static Source classify(String arn) {
        if (arn == null) {
            throw BaristaException.invalidParameter("Unrecognized event source, must be an Amazon SQS queue ARN:"
                    + " EventSourceArn is required.");
        }
        if (arn.length() > 1024 || !PATTERN.matcher(arn).matches()) {
            throw BaristaException.validation("1 validation error detected: Value '" + arn + "' at 'eventSourceArn'"
                    + " failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + PATTERN_TEXT);
        }
        return switch (arn.split(":", 6)[2]) {
            case "sqs" -> Source.SQS;
            case "kinesis", "dynamodb", "kafka", "mq", "rds" -> Source.NOT_IN_BARISTA;
            default -> Source.UNRECOGNIZED;
        };
    }

    /** Refuses every source but an SQS queue, loudly. */
    static void requireQueue(String arn) {
        switch (classify(arn)) {
            case SQS -> {
            }
            case NOT_IN_BARISTA -> throw BaristaException.invalidParameter("Unsupported event source: " + arn
                    + ". Barista polls Amazon SQS queues only; Kinesis, DynamoDB Streams, Amazon MSK, Amazon MQ and"
                    + " DocumentDB event sources are not supported yet.");
            case UNRECOGNIZED -> throw BaristaException.invalidParameter("Unrecognized event source: " + arn);
        }
    }
}
