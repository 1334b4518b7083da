package dev.barista.core.queue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One durable change of queue state, as the queue service journals it to its {@link QueueStore}. Changes are applied
 * in the order given; a change that names a queue or message the store no longer has changes nothing. A stored
 * message is named by its sequence, which is unique across queues and increases in the order of sending (so a
 * store keyed by it appends new messages).
 */
public sealed interface QueueChange {

    /** A new queue. */
    record QueueCreated(StoredQueue queue) implements QueueChange {
        public QueueCreated {
            Objects.requireNonNull(queue, "queue");
        }
    }

    /** New attributes, tags or modification time of a queue (its messages are untouched). */
    record QueueUpdated(StoredQueue queue) implements QueueChange {
        public QueueUpdated {
            Objects.requireNonNull(queue, "queue");
        }
    }

    /** A queue is gone, with its messages and deduplication entries. */
    record QueueDeleted(String queueName) implements QueueChange {
        public QueueDeleted {
            Objects.requireNonNull(queueName, "queueName");
        }
    }

    /** A message was sent; with the deduplication entry it opens, if any (FIFO). */
    record MessageSent(StoredMessage message, StoredDeduplication deduplication) implements QueueChange {
        public MessageSent {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Messages of one queue were received together: each one's receive count goes up by one, its first receive time
     * is set if it had none, and it is invisible until {@code visibleAt} under the receipt token of this receive.
     */
    record MessagesReceived(String queueName, List<Long> sequences, Instant visibleAt, Instant receivedAt,
                            String receiptToken) implements QueueChange {
        public MessagesReceived {
            Objects.requireNonNull(queueName, "queueName");
            sequences = List.copyOf(sequences);
            Objects.requireNonNull(visibleAt, "visibleAt");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(receiptToken, "receiptToken");
        }
    }

    /** A message's visibility timeout changed. */
    record VisibilityChanged(String queueName, long sequence, Instant visibleAt) implements QueueChange {
        public VisibilityChanged {
            Objects.requireNonNull(queueName, "queueName");
            Objects.requireNonNull(visibleAt, "visibleAt");
        }
    }

    /** Messages of one queue were deleted (DeleteMessage, PurgeQueue, expiry). */
    record MessagesDeleted(String queueName, List<Long> sequences) implements QueueChange {
        public MessagesDeleted {
            Objects.requireNonNull(queueName, "queueName");
            sequences = List.copyOf(sequences);
        }
    }

    /**
     * A message left one queue for another (to a dead-letter queue, or back by a move task), keeping its sequence:
     * its new state. When the other queue no longer exists, the message is gone.
     */
    record MessageMoved(String fromQueueName, StoredMessage message) implements QueueChange {
        public MessageMoved {
            Objects.requireNonNull(fromQueueName, "fromQueueName");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Deduplication entries that expired before this instant are forgotten. */
    record DeduplicationsExpired(Instant before) implements QueueChange {
        public DeduplicationsExpired {
            Objects.requireNonNull(before, "before");
        }
    }
}
