package dev.barista.core.queue;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send, as SendMessage takes it.
 *
 * @param messageAttributes name to value, possibly empty
 * @param messageGroupId required for FIFO queues, null otherwise
 * @param deduplicationId for FIFO queues without content-based deduplication; null otherwise
 * @param delay per-message delay (standard queues only), or null for the queue's own
 */
public record OutgoingMessage(String body, Map<String, MessageAttributeValue> messageAttributes,
                              String messageGroupId, String deduplicationId, Duration delay) {
    public OutgoingMessage {
        Objects.requireNonNull(body, "body");
        messageAttributes = Map.copyOf(messageAttributes);
    }

    /** A plain message: no attributes, no group, the queue's delay. */
    public static OutgoingMessage of(String body) {
        return new OutgoingMessage(body, Map.of(), null, null, null);
    }
}
