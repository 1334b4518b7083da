package dev.barista.core.queue;

import java.util.Map;

/**
 * A message as ReceiveMessage hands it out.
 *
 * @param attributes system attributes by their SQS names ({@code ApproximateReceiveCount}, {@code SentTimestamp},
 *     {@code SenderId}, {@code ApproximateFirstReceiveTimestamp}, and for FIFO queues {@code MessageGroupId},
 *     {@code MessageDeduplicationId}, {@code SequenceNumber}; {@code AWSTraceHeader} when sent)
 * @param md5OfMessageAttributes null when the message has no attributes
 */
public record ReceivedMessage(String messageId, String receiptHandle, String body, String md5OfBody,
                              String md5OfMessageAttributes, Map<String, String> attributes,
                              Map<String, MessageAttributeValue> messageAttributes) {
    public ReceivedMessage {
        attributes = Map.copyOf(attributes);
        messageAttributes = Map.copyOf(messageAttributes);
    }
}
