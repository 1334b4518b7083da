package dev.barista.core.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * A FIFO queue's memory of one deduplication id for its five-minute window.
 *
 * @param key the deduplication id, prefixed with the message group and a newline when the queue deduplicates per
 *     message group
 * @param sequence the sequence number the first message with this id got
 */
public record StoredDeduplication(String queueName, String key, String messageId, long sequence, Instant expiresAt) {
    public StoredDeduplication {
        Objects.requireNonNull(queueName, "queueName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
