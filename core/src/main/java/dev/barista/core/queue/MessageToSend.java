package dev.barista.core.queue;

import java.util.Map;
import java.util.Objects;

/**
 * SendMessage's input beyond the queue: the message, and its system attributes ({@code AWSTraceHeader} is the only
 * one SQS knows).
 */
public record MessageToSend(OutgoingMessage message, Map<String, MessageAttributeValue> systemAttributes) {
    public MessageToSend {
        Objects.requireNonNull(message, "message");
        systemAttributes = Map.copyOf(systemAttributes);
    }

    public static MessageToSend of(OutgoingMessage message) {
        return new MessageToSend(message, Map.of());
    }
}
