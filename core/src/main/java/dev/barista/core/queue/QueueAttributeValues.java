package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.Locale;
import java.util.Set;

/** Validates and normalizes the value of each settable queue attribute, with SQS's ranges and messages. */
final class QueueAttributeValues {
    private QueueAttributeValues() {
    }

    /**
     * The normal form of a value, or null when an empty value removes the attribute (the policies).
     *
     * @throws BaristaException INVALID_ATTRIBUTE_VALUE, or INVALID_PARAMETER_VALUE for malformed redrive policies
     */
    static String normalize(QueueAttributeName name, String value) {
        if (value == null) {
            throw invalid(name);
        }
        return switch (name) {
            case DELAY_SECONDS -> integer(name, value, 0, 900);
            case MAXIMUM_MESSAGE_SIZE -> integer(name, value, 1_024, 1_048_576);
            case MESSAGE_RETENTION_PERIOD -> integer(name, value, 60, 1_209_600);
            case RECEIVE_MESSAGE_WAIT_TIME_SECONDS -> integer(name, value, 0, 20);
            case VISIBILITY_TIMEOUT -> integer(name, value, 0, 43_200);
            case KMS_DATA_KEY_REUSE_PERIOD_SECONDS -> integer(name, value, 60, 86_400);
            case SQS_MANAGED_SSE_ENABLED, FIFO_QUEUE, CONTENT_BASED_DEDUPLICATION -> bool(name, value);
            case DEDUPLICATION_SCOPE -> oneOf(name, value, Set.of("messageGroup", "queue"));
            case FIFO_THROUGHPUT_LIMIT -> oneOf(name, value, Set.of("perQueue", "perMessageGroupId"));
            case KMS_MASTER_KEY_ID -> value;
            case POLICY -> {
                if (value.isEmpty()) {
                    yield null;
                }
                if (PolicyJson.readObject(value).isEmpty()) {
                    throw invalid(name);
                }
                yield value;
            }
            case REDRIVE_POLICY -> value.isEmpty() ? null : RedrivePolicy.parse(value).toJson();
            case REDRIVE_ALLOW_POLICY -> value.isEmpty() ? null : RedriveAllowPolicy.parse(value).toJson();
            case ALL, APPROXIMATE_NUMBER_OF_MESSAGES, APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                 APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED, CREATED_TIMESTAMP, LAST_MODIFIED_TIMESTAMP, QUEUE_ARN ->
                    throw QueueConfiguration.unknown(name.wireName());
        };
    }

    private static String integer(QueueAttributeName name, String value, int minimum, int maximum) {
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
            throw invalid(name);
        }
        long number = Long.parseLong(value);
        if (number < minimum || number > maximum) {
            throw invalid(name);
        }
        return Long.toString(number);
    }

    private static String bool(QueueAttributeName name, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            throw invalid(name);
        }
        return lower;
    }

    private static String oneOf(QueueAttributeName name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw invalid(name);
        }
        return value;
    }

    static BaristaException invalid(QueueAttributeName name) {
        return new BaristaException(ErrorCode.INVALID_ATTRIBUTE_VALUE,
                "Invalid value for the parameter " + name.wireName() + ".");
    }
}
