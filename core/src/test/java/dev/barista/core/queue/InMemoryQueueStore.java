package dev.barista.core.queue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A {@link QueueStore} in memory, for tests: messages keyed by sequence, as the SQLite store keys them; instants
 * kept to the millisecond, as the SQLite store keeps them.
 */
public final class InMemoryQueueStore implements QueueStore {
    private final Map<String, StoredQueue> queues = new TreeMap<>();
    private final TreeMap<Long, StoredMessage> messages = new TreeMap<>();
    private final Map<String, Map<String, StoredDeduplication>> deduplications = new LinkedHashMap<>();
    private int applied;

    @Override
    public synchronized QueueSnapshot load() {
        List<StoredDeduplication> entries = new ArrayList<>();
        deduplications.values().forEach(byKey -> entries.addAll(byKey.values()));
        return new QueueSnapshot(new ArrayList<>(queues.values()), new ArrayList<>(messages.values()), entries);
    }

    @Override
    public synchronized void apply(List<QueueChange> changes) {
        applied++;
        for (QueueChange change : changes) {
            switch (change) {
                case QueueChange.QueueCreated created -> {
                    queues.put(created.queue().name(), truncated(created.queue()));
                    deduplications.put(created.queue().name(), new LinkedHashMap<>());
                }
                case QueueChange.QueueUpdated updated -> {
                    if (queues.containsKey(updated.queue().name())) {
                        queues.put(updated.queue().name(), truncated(updated.queue()));
                    }
                }
                case QueueChange.QueueDeleted deleted -> {
                    queues.remove(deleted.queueName());
                    messages.values().removeIf(message -> message.queueName().equals(deleted.queueName()));
                    deduplications.remove(deleted.queueName());
                }
                case QueueChange.MessageSent sent -> {
                    if (queues.containsKey(sent.message().queueName())) {
                        messages.put(sent.message().sequence(), truncated(sent.message()));
                        StoredDeduplication entry = sent.deduplication();
                        if (entry != null) {
                            deduplications.get(entry.queueName()).put(entry.key(), new StoredDeduplication(
                                    entry.queueName(), entry.key(), entry.messageId(), entry.sequence(),
                                    millis(entry.expiresAt())));
                        }
                    }
                }
                case QueueChange.MessagesReceived received -> received.sequences().forEach(sequence ->
                        update(received.queueName(), sequence, message -> new StoredMessage(
                                message.queueName(), message.messageId(), message.sequence(), message.body(),
                                message.messageAttributes(), message.systemAttributes(), message.sentAt(),
                                message.messageGroupId(), message.deduplicationId(), millis(received.visibleAt()),
                                message.receiveCount() + 1, message.firstReceivedAt() != null
                                        ? message.firstReceivedAt() : millis(received.receivedAt()),
                                millis(received.receivedAt()), received.receiptToken(),
                                message.deadLetterSourceArn())));
                case QueueChange.VisibilityChanged changed -> update(changed.queueName(), changed.sequence(),
                        message -> new StoredMessage(message.queueName(), message.messageId(), message.sequence(),
                                message.body(), message.messageAttributes(), message.systemAttributes(),
                                message.sentAt(), message.messageGroupId(), message.deduplicationId(),
                                millis(changed.visibleAt()), message.receiveCount(), message.firstReceivedAt(),
                                message.receivedAt(), message.receiptToken(), message.deadLetterSourceArn()));
                case QueueChange.MessagesDeleted deleted -> deleted.sequences().forEach(sequence -> {
                    StoredMessage message = messages.get(sequence);
                    if (message != null && message.queueName().equals(deleted.queueName())) {
                        messages.remove(sequence);
                    }
                });
                case QueueChange.MessageMoved moved -> {
                    StoredMessage message = messages.get(moved.message().sequence());
                    if (message != null && message.queueName().equals(moved.fromQueueName())) {
                        messages.remove(moved.message().sequence());
                    }
                    if (queues.containsKey(moved.message().queueName())) {
                        messages.put(moved.message().sequence(), truncated(moved.message()));
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

    private void update(String queueName, long sequence, UnaryOperator<StoredMessage> change) {
        StoredMessage message = messages.get(sequence);
        if (message != null && message.queueName().equals(queueName)) {
            messages.put(sequence, change.apply(message));
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
