package dev.barista.core.queue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Delivery} into the {@link ReceivedMessage} a caller asked for: the system attributes it named
 * (or {@code All}), the message attributes it named ({@code All}, {@code .*}, {@code prefix.*} or exact names), and
 * the MD5 of exactly the message attributes answered, which is what the SDKs check.
 */
final class ReceivedMessages {
    private static final String ALL = "All";

    private ReceivedMessages() {
    }

    static ReceivedMessage render(Delivery delivery, String senderId, boolean fifo, List<String> attributeNames,
                                  List<String> messageAttributeNames) {
        QueueMessage message = delivery.message();
        Map<String, String> system = systemAttributes(delivery, senderId, fifo);
        Map<String, String> attributes = new LinkedHashMap<>();
        boolean all = attributeNames.contains(ALL);
        system.forEach((name, value) -> {
            if (all || attributeNames.contains(name)) {
                attributes.put(name, value);
            }
        });
        Map<String, MessageAttributeValue> messageAttributes = new LinkedHashMap<>();
        message.attributes.forEach((name, value) -> {
            if (selected(name, messageAttributeNames)) {
                messageAttributes.put(name, value);
            }
        });
        return new ReceivedMessage(message.id, delivery.receiptHandle(), message.body, message.md5OfBody,
                MessageDigests.md5OfAttributes(messageAttributes), attributes, messageAttributes);
    }

    private static Map<String, String> systemAttributes(Delivery delivery, String senderId, boolean fifo) {
        QueueMessage message = delivery.message();
        Map<String, String> system = new LinkedHashMap<>();
        system.put("SenderId", senderId);
        system.put("SentTimestamp", Long.toString(message.sentAt.toEpochMilli()));
        system.put("ApproximateReceiveCount", Integer.toString(delivery.receiveCount()));
        system.put("ApproximateFirstReceiveTimestamp", Long.toString(delivery.firstReceivedAt().toEpochMilli()));
        MessageAttributeValue traceHeader = message.systemAttributes.get(MessageValidator.TRACE_HEADER);
        if (traceHeader != null) {
            system.put(MessageValidator.TRACE_HEADER, traceHeader.stringValue());
        }
        if (message.groupId != null) {
            system.put("MessageGroupId", message.groupId);
        }
        if (fifo) {
            system.put("MessageDeduplicationId", message.deduplicationId);
            system.put("SequenceNumber", SequenceNumbers.format(message.sequence));
        }
        if (message.deadLetterSourceArn != null) {
            system.put("DeadLetterQueueSourceArn", message.deadLetterSourceArn);
        }
        return system;
    }

    private static boolean selected(String name, List<String> requested) {
        for (String pattern : requested) {
            if (pattern.equals(ALL) || pattern.equals(".*") || pattern.equals(name)) {
                return true;
            }
            if (pattern.endsWith(".*") && name.startsWith(pattern.substring(0, pattern.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
