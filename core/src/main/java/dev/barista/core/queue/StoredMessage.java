package dev.barista.core.queue;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message as a {@link QueueStore} keeps it, with its delivery state.
 *
 * @param sequence unique across queues, increasing in the order of sending (a FIFO message's SequenceNumber)
 * @param systemAttributes the system attributes sent with it ({@code AWSTraceHeader}), possibly empty
 * @param messageGroupId null when none was sent
 * @param deduplicationId null when none applies
 * @param visibleAt when it can next be received (after its delay, or after its visibility timeout)
 * @param receiveCount how often it was received
 * @param firstReceivedAt null until it is received
 * @param receivedAt when it was last received, null until then
 * @param receiptToken the token of its last receive, null until then
 * @param deadLetterSourceArn the queue it was moved from as a dead letter, or null
 */
public record StoredMessage(String queueName, String messageId, long sequence, String body,
                            Map<String, MessageAttributeValue> messageAttributes,
                            Map<String, MessageAttributeValue> systemAttributes, Instant sentAt,
                            String messageGroupId, String deduplicationId, Instant visibleAt, int receiveCount,
                            Instant firstReceivedAt, Instant receivedAt, String receiptToken,
                            String deadLetterSourceArn) {
    public StoredMessage {
        Objects.requireNonNull(queueName, "queueName");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(body, "body");
        messageAttributes = Map.copyOf(messageAttributes);
        systemAttributes = Map.copyOf(systemAttributes);
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(visibleAt, "visibleAt");
    }
}
