package dev.barista.core.queue;

import java.time.Instant;
import java.util.Map;

/**
 * A message in a queue's memory: what was sent (immutable) and its delivery state (changed only under the owning
 * queue's lock). In flight means received and not visible again yet; delayed means never received and not visible
 * yet.
 */
final class QueueMessage {
    final String id;
    final long sequence;
    final String body;
    final String md5OfBody;
    final Map<String, MessageAttributeValue> attributes;
    final Map<String, MessageAttributeValue> systemAttributes;
    final Instant sentAt;
    final String groupId;
    final String deduplicationId;
    final String deadLetterSourceArn;
    Instant visibleAt;
    int receiveCount;
    Instant firstReceivedAt;
    Instant receivedAt;
    String receiptToken;

    QueueMessage(StoredMessage stored) {
        this(stored, MessageDigests.md5OfBody(stored.body()));
    }

    /** @param md5OfBody the body's digest, when the caller has it already */
    QueueMessage(StoredMessage stored, String md5OfBody) {
        this.id = stored.messageId();
        this.sequence = stored.sequence();
        this.body = stored.body();
        this.md5OfBody = md5OfBody;
        this.attributes = stored.messageAttributes();
        this.systemAttributes = stored.systemAttributes();
        this.sentAt = stored.sentAt();
        this.groupId = stored.messageGroupId();
        this.deduplicationId = stored.deduplicationId();
        this.deadLetterSourceArn = stored.deadLetterSourceArn();
        this.visibleAt = stored.visibleAt();
        this.receiveCount = stored.receiveCount();
        this.firstReceivedAt = stored.firstReceivedAt();
        this.receivedAt = stored.receivedAt();
        this.receiptToken = stored.receiptToken();
    }

    boolean inFlight(Instant now) {
        return receiveCount > 0 && visibleAt.isAfter(now);
    }

    boolean delayed(Instant now) {
        return receiveCount == 0 && visibleAt.isAfter(now);
    }

    boolean visible(Instant now) {
        return !visibleAt.isAfter(now);
    }

    StoredMessage stored(String queueName) {
        return new StoredMessage(queueName, id, sequence, body, attributes, systemAttributes, sentAt, groupId,
                deduplicationId, visibleAt, receiveCount, firstReceivedAt, receivedAt, receiptToken,
                deadLetterSourceArn);
    }
}
