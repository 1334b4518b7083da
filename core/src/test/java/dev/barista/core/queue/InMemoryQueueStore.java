package dev.barista.core.queue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A {@link QueueStore} in memory, for tests; it keeps instants to the millisecond, as the SQLite store does. */
public final class InMemoryQueueStore implements QueueStore {
    private final Map<String, StoredQueue> queues = new TreeMap<>();
    private final Map<String, Map<String, StoredMessage>> messages = new LinkedHashMap<>();
    private final Map<String, Map<String, StoredDeduplication>> deduplications = new LinkedHashMap<>();
    private int applied;

    @Override
    public synchronized QueueSnapshot load() {
        List<StoredMessage> all = new ArrayList<>();
        messages.values().forEach(byId -> all.addAll(byId.values()));
        all.sort(Comparator.comparingLong(StoredMessage::sequence));
        List<StoredDeduplication> entries = new ArrayList<>();
        deduplications.values().forEach(byKey -> entries.addAll(byKey.values()));
        return new QueueSnapshot(new ArrayList<>(queues.values()), all, entries);
    }

    @Override
    public synchronized void apply(List<QueueChange> changes) {
        applied++;
        for (QueueChange change : changes) {
            switch (change) {
                case QueueChange.QueueCreated created -> {
                    queues.put(created.queue().name(), truncated(created.queue()));
                    messages.put(created.queue().name(), new LinkedHashMap<>());
                    deduplications.put(created.queue().name(), new LinkedHashMap<>());
                }
                case QueueChange.QueueUpdated updated -> {
                    if (queues.containsKey(updated.queue().name())) {
                        queues.put(updated.queue().name(), truncated(updated.queue()));
                    }
                }
                case QueueChange.QueueDeleted deleted -> {
                    queues.remove(deleted.queueName());
                    messages.remove(deleted.queueName());
                    deduplications.remove(deleted.queueName());
                }
                case QueueChange.MessageSent sent -> {
                    Map<String, StoredMessage> queue = messages.get(sent.message().queueName());
                    if (queue != null) {
                        queue.put(sent.message().messageId(), truncated(sent.message()));
                        if (sent.deduplication() != null) {
                            StoredDeduplication entry = sent.deduplication();
                            deduplications.get(entry.queueName()).put(entry.key(), new StoredDeduplication(
                                    entry.queueName(), entry.key(), entry.messageId(), entry.sequence(),
                                    millis(entry.expiresAt())));
                        }
                    }
                }
                case QueueChange.MessagesReceived received -> received.messageIds().forEach(id ->
                        update(received.queueName(), id, message -> new StoredMessage(
                                message.queueName(), message.messageId(), message.sequence(), message.body(),
                                message.messageAttributes(), message.systemAttributes(), message.sentAt(),
                                message.messageGroupId(), message.deduplicationId(), millis(received.visibleAt()),
                                message.receiveCount() + 1, message.firstReceivedAt() != null
                                        ? message.firstReceivedAt() : millis(received.receivedAt()),
                                millis(received.receivedAt()), received.receiptToken(),
                                message.deadLetterSourceArn())));
                case QueueChange.VisibilityChanged changed -> update(changed.queueName(), changed.messageId(),
                        message -> new StoredMessage(message.queueName(), message.messageId(), message.sequence(),
                                message.body(), message.messageAttributes(), message.systemAttributes(),
                                message.sentAt(), message.messageGroupId(), message.deduplicationId(),
                                millis(changed.visibleAt()), message.receiveCount(), message.firstReceivedAt(),
                                message.receivedAt(), message.receiptToken(), message.deadLetterSourceArn()));
                case QueueChange.MessagesDeleted deleted -> {
                    Map<String, StoredMessage> queue = messages.get(deleted.queueName());
                    if (queue != null) {
                        deleted.messageIds().forEach(queue::remove);
                    }
                }
                case QueueChange.MessageMoved moved -> {
                    Map<String, StoredMessage> from = messages.get(moved.fromQueueName());
                    if (from != null) {
                        from.remove(moved.message().messageId());
                    }
                    Map<String, StoredMessage> to = messages.get(moved.message().queueName());
                    if (to != null) {
                        to.put(moved.message().messageId(), truncated(moved.message()));
                    }
                }
                case QueueChange.DeduplicationsExpired expired -> deduplications.values().forEach(byKey ->
                        byKey.values().removeIf(entry -> !entry.expiresAt().isAfter(expired.before())));
            }
        }
    }

    /** How many times {@link #apply} ran: fewer than the changes when commits were grouped. */
    public synchronized int commits() {
        return applied;
    }

    private void update(String queueName, String messageId,
                        java.util.function.UnaryOperator<StoredMessage> change) {
        Map<String, StoredMessage> queue = messages.get(queueName);
        if (queue != null && queue.containsKey(messageId)) {
            queue.put(messageId, change.apply(queue.get(messageId)));
        }
    }

    private static StoredQueue truncated(StoredQueue queue) {
        return new StoredQueue(queue.name(), queue.fifo(), queue.attributes(), queue.tags(), millis(queue.createdAt()),
                millis(queue.lastModifiedAt()));
    }

    private static StoredMessage truncated(StoredMessage message) {
        return new StoredMessage(message.queueName(), message.messageId(), message.sequence(), message.body(),
                message.messageAttributes(), message.systemAttributes(), millis(message.sentAt()),
                message.messageGroupId(), message.deduplicationId(), millis(message.visibleAt()),
                message.receiveCount(), millis(message.firstReceivedAt()), millis(message.receivedAt()),
                message.receiptToken(), message.deadLetterSourceArn());
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
