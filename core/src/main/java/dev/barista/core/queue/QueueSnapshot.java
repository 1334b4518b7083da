package dev.barista.core.queue;

import java.util.List;

/**
 * Everything a {@link QueueStore} holds, as the queue service rebuilds its state from it at start.
 *
 * @param messages in sequence order
 */
public record QueueSnapshot(List<StoredQueue> queues, List<StoredMessage> messages,
                            List<StoredDeduplication> deduplications) {
    public QueueSnapshot {
        queues = List.copyOf(queues);
        messages = List.copyOf(messages);
        deduplications = List.copyOf(deduplications);
    }
}
