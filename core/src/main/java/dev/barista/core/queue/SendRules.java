package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Duration;
import java.util.regex.Pattern;

/** SendMessage's rules that depend on the queue type: groups, deduplication ids and delays. */
final class SendRules {
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final Duration MAXIMUM_DELAY = Duration.ofMinutes(15);

    private SendRules() {
    }

    /**
     * The deduplication id a message is deduplicated by: the one sent, or the SHA-256 of its body on a queue with
     * content-based deduplication; null on standard queues.
     */
    static String deduplicationId(QueueConfiguration configuration, OutgoingMessage message) {
        String groupId = message.messageGroupId();
        if (groupId != null) {
            requireId("MessageGroupId", groupId);
        }
        if (!configuration.fifo()) {
            if (message.deduplicationId() != null) {
                throw BaristaException.invalidParameter("The request include parameter that is not valid for this"
                        + " queue type.");
            }
            return null;
        }
        if (groupId == null) {
            throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                    + " MessageGroupId.");
        }
        if (message.deduplicationId() != null) {
            requireId("MessageDeduplicationId", message.deduplicationId());
            return message.deduplicationId();
        }
        if (!configuration.contentBasedDeduplication()) {
            throw BaristaException.invalidParameter("The queue should either have ContentBasedDeduplication enabled"
                    + " or MessageDeduplicationId provided explicitly");
        }
        return MessageDigests.sha256OfBody(message.body());
    }

    /** The delay of a message: its own (standard queues only) or the queue's. */
    static Duration delay(QueueConfiguration configuration, OutgoingMessage message) {
        Duration delay = message.delay();
        if (delay == null) {
            return Duration.ofSeconds(configuration.delaySeconds());
        }
        if (configuration.fifo()) {
            throw BaristaException.invalidParameter("Value " + delay.toSeconds() + " for parameter DelaySeconds is"
                    + " invalid. Reason: The request include parameter that is not valid for this queue type.");
        }
        if (delay.isNegative() || delay.compareTo(MAXIMUM_DELAY) > 0) {
            throw BaristaException.invalidParameter("Value " + delay.toSeconds() + " for parameter DelaySeconds is"
                    + " invalid. Reason: DelaySeconds must be >= 0 and <= 900.");
        }
        return delay;
    }

    private static void requireId(String parameter, String value) {
        if (!ID.matcher(value).matches()) {
            throw BaristaException.invalidParameter("Value " + value + " for parameter " + parameter + " is invalid."
                    + " Reason: " + parameter + " can only include alphanumeric and punctuation characters. 1 to"
                    + " 128 in length.");
        }
    }
}
