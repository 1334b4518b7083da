package dev.barista.core.queue;

/**
 * What SendMessage answers.
 *
 * @param md5OfMessageAttributes null when the message has no attributes
 * @param sequenceNumber FIFO queues only, null otherwise
 */
public record SentMessage(String messageId, String md5OfBody, String md5OfMessageAttributes, String sequenceNumber) {
}
