package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.ids.RandomUuids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One queue: its configuration and its messages in memory, and the rules of sending, receiving, deleting and
 * changing visibility. Every change is appended to the {@link Journal} while the queue's lock is held (so the journal
 * has them in the order they happened) and waited for by the caller after the lock is released. A sent message
 * joins the queue only once it is durable ({@link #insert}), so no consumer ever sees a message that a crash could
 * take back.
 *
 * <p>Thread-safe. Long polls wait on the queue's condition, which every arrival, every visibility returned early and
 * every FIFO group unblocked signals; messages whose visibility runs out wake them by their own deadline.
 */
final class MessageQueue {
    private static final Duration MAXIMUM_VISIBILITY = Duration.ofHours(12);
    private static final Duration PURGE_INTERVAL = Duration.ofSeconds(60);

    final String name;
    final String arn;
    private final Instant createdAt;
    private final Journal journal;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition available = lock.newCondition();
    private final MessageIndex index;
    private final Deduplication deduplication = new Deduplication();
    private final ReceiveAttempts attempts = new ReceiveAttempts();
    private QueueConfiguration configuration;
    private Map<String, String> tags;
    private Instant lastModifiedAt;
    private Instant lastPurgedAt;
    private boolean deleted;
    private boolean closed;

    MessageQueue(StoredQueue stored, String arn, Journal journal, Clock clock) {
        this.name = stored.name();
        this.arn = arn;
        this.createdAt = stored.createdAt();
        this.journal = journal;
        this.clock = clock;
        this.configuration = QueueConfiguration.restore(stored.fifo(), stored.attributes());
        this.tags = stored.tags();
        this.lastModifiedAt = stored.lastModifiedAt();
        this.index = new MessageIndex(stored.fifo());
    }

    /** Adds a message read back from the store, at start; no journal entry. */
    void restore(StoredMessage message) {
        index.add(new QueueMessage(message));
    }

    /** Reopens a deduplication window read back from the store, at start. */
    void restore(StoredDeduplication entry) {
        deduplication.open(entry.key(), entry.messageId(), entry.sequence(), entry.expiresAt(),
                CompletableFuture.completedFuture(null));
    }

    boolean fifo() {
        return configuration.fifo();
    }

    QueueConfiguration configuration() {
        lock.lock();
        try {
            return configuration;
        } finally {
            lock.unlock();
        }
    }

    StoredQueue stored() {
        lock.lock();
        try {
            return new StoredQueue(name, configuration.fifo(), configuration.explicitValues(), tags, createdAt,
                    lastModifiedAt);
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the configuration and tags; journals the change. */
    CompletableFuture<Void> update(QueueConfiguration newConfiguration, Map<String, String> newTags,
                                   boolean modifiesAttributes) {
        lock.lock();
        try {
            requireNotDeleted();
            configuration = newConfiguration;
            tags = Map.copyOf(newTags);
            if (modifiesAttributes) {
                lastModifiedAt = clock.instant();
            }
            return journal.append(new QueueChange.QueueUpdated(new StoredQueue(name, configuration.fifo(),
                    configuration.explicitValues(), tags, createdAt, lastModifiedAt)));
        } finally {
            lock.unlock();
        }
    }

    Map<String, String> tags() {
        lock.lock();
        try {
            return tags;
        } finally {
            lock.unlock();
        }
    }

    /** Marks the queue gone and journals its deletion; waiting receives return empty. */
    CompletableFuture<Void> delete() {
        lock.lock();
        try {
            deleted = true;
            available.signalAll();
            return journal.append(new QueueChange.QueueDeleted(name));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Validates a message, applies FIFO deduplication, and journals it. The caller waits for
     * {@link PendingSend#committed()} and then {@link #insert}s {@link PendingSend#message()} (null for a
     * duplicate, which is not enqueued again).
     */
    PendingSend prepareSend(MessageToSend toSend, SequenceNumbers sequences) {
        OutgoingMessage message = toSend.message();
        lock.lock();
        try {
            requireNotDeleted();
            Instant now = clock.instant();
            MessageValidator.requireValid(message, toSend.systemAttributes(), configuration.maximumMessageSize());
            String deduplicationId = SendRules.deduplicationId(configuration, message);
            Duration delay = SendRules.delay(configuration, message);
            String deduplicationKey = null;
            if (configuration.fifo()) {
                deduplicationKey = Deduplication.key(deduplicationId, message.messageGroupId(),
                        configuration.deduplicationPerMessageGroup());
                Deduplication.Entry duplicate = deduplication.find(deduplicationKey, now);
                if (duplicate != null) {
                    return new PendingSend(null, duplicate.messageId(), duplicate.sequence(), duplicate.committed(),
                            MessageDigests.md5OfBody(message.body()));
                }
            }
            long sequence = sequences.next();
            StoredMessage stored = new StoredMessage(name, RandomUuids.next(), sequence,
                    message.body(), message.messageAttributes(), toSend.systemAttributes(), now,
                    message.messageGroupId(), deduplicationId, now.plus(delay), 0, null, null, null, null);
            StoredDeduplication window = null;
            if (deduplicationKey != null) {
                window = new StoredDeduplication(name, deduplicationKey, stored.messageId(), sequence,
                        now.plus(Deduplication.WINDOW));
            }
            CompletableFuture<Void> committed = journal.append(new QueueChange.MessageSent(stored, window));
            if (window != null) {
                deduplication.open(window.key(), window.messageId(), sequence, window.expiresAt(), committed);
            }
            QueueMessage queued = new QueueMessage(stored, MessageDigests.md5OfBody(message.body()));
            return new PendingSend(queued, stored.messageId(), sequence, committed);
        } finally {
            lock.unlock();
        }
    }

    /** Makes a durable message receivable and wakes waiting receives. */
    void insert(QueueMessage message) {
        lock.lock();
        try {
            if (!deleted) {
                index.add(message);
                available.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hands out up to {@code maximum} messages, waiting until {@code deadline} for the first one. Messages received
     * more often than the redrive policy allows are taken out instead and returned as dead letters, for the caller
     * to move (it then calls again if it still wants messages).
     *
     * @param deadLetterQueueExists whether the redrive policy's target exists now
     */
    ReceiveResult receive(int maximum, Duration visibilityTimeout, Instant deadline, String attemptId,
                          boolean deadLetterQueueExists) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                Instant now = clock.instant();
                if (deleted || closed) {
                    return ReceiveResult.EMPTY;
                }
                List<QueueMessage> expired = expireLocked(now);
                ReceivePass pass = new ReceivePass(name, index, configuration, journal, attempts);
                ReceiveResult result = pass.retriedAttempt(attemptId, visibilityTimeout, now);
                if (result == null) {
                    result = pass.take(maximum, visibilityTimeout, attemptId, now, deadLetterQueueExists);
                }
                if (!expired.isEmpty()) {
                    journal.append(new QueueChange.MessagesDeleted(name, sequences(expired)));
                }
                if (!result.deliveries().isEmpty() || !result.deadLetters().isEmpty() || !now.isBefore(deadline)) {
                    return result;
                }
                Instant wakeAt = deadline;
                Instant next = index.nextVisibleAt();
                if (next != null && next.isAfter(now) && next.isBefore(wakeAt)) {
                    wakeAt = next;
                }
                available.awaitNanos(Math.max(1, Duration.between(now, wakeAt).toNanos()));
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * DeleteMessage. A handle of a message that is gone succeeds without effect; so does a stale handle of a FIFO
     * message (SQS: "the request will still succeed, but the message might not be deleted").
     */
    CompletableFuture<Void> deleteMessage(String receiptHandle) {
        BatchDeletion deletion = deleteMessages(List.of(new BatchEntry<>("entry", receiptHandle)));
        if (deletion.outcomes().getFirst() instanceof BatchOutcome.Failed<Void> failed) {
            throw new BaristaException(failed.code(), failed.message());
        }
        return deletion.committed();
    }

    /** DeleteMessageBatch: each entry succeeds or fails on its own; the deletions are journaled as one change. */
    BatchDeletion deleteMessages(List<BatchEntry<String>> entries) {
        List<BatchOutcome<Void>> outcomes = new ArrayList<>();
        List<ReceiptHandle> handles = new ArrayList<>();
        for (BatchEntry<String> entry : entries) {
            try {
                handles.add(ReceiptHandle.decode(entry.input(), name));
                outcomes.add(new BatchOutcome.Succeeded<>(entry.id(), null));
            } catch (BaristaException invalid) {
                handles.add(null);
                outcomes.add(new BatchOutcome.Failed<>(entry.id(), invalid.code(),
                        String.valueOf(invalid.getMessage()), true));
            }
        }
        lock.lock();
        try {
            requireNotDeleted();
            List<Long> sequences = new ArrayList<>();
            for (ReceiptHandle handle : handles) {
                QueueMessage message = handle == null ? null : index.get(handle.messageId());
                if (message == null || (configuration.fifo() && !handle.token().equals(message.receiptToken))) {
                    continue;
                }
                index.remove(message);
                sequences.add(message.sequence);
            }
            if (sequences.isEmpty()) {
                return new BatchDeletion(outcomes, CompletableFuture.completedFuture(null));
            }
            if (configuration.fifo()) {
                available.signalAll();
            }
            return new BatchDeletion(outcomes, journal.append(new QueueChange.MessagesDeleted(name, sequences)));
        } finally {
            lock.unlock();
        }
    }

    /** ChangeMessageVisibility: the message becomes visible {@code timeout} from now. */
    CompletableFuture<Void> changeVisibility(String receiptHandle, Integer timeoutSeconds) {
        ReceiptHandle handle = ReceiptHandle.decode(receiptHandle, name);
        Duration timeout = ReceiveRules.visibilityTimeout(timeoutSeconds, null);
        lock.lock();
        try {
            requireNotDeleted();
            Instant now = clock.instant();
            QueueMessage message = index.get(handle.messageId());
            String unavailable = "Value " + receiptHandle + " for parameter ReceiptHandle is invalid. Reason: Message"
                    + " does not exist or is not available for visibility timeout change.";
            if (message == null || !handle.token().equals(message.receiptToken)) {
                throw BaristaException.invalidParameter(unavailable);
            }
            if (!message.inFlight(now)) {
                throw new BaristaException(ErrorCode.MESSAGE_NOT_IN_FLIGHT, unavailable);
            }
            if (now.plus(timeout).isAfter(message.receivedAt.plus(MAXIMUM_VISIBILITY))) {
                throw BaristaException.invalidParameter("Value " + timeoutSeconds + " for parameter VisibilityTimeout"
                        + " is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200"
                        + " seconds]");
            }
            Instant visibleAt = now.plus(timeout);
            boolean earlier = visibleAt.isBefore(message.visibleAt);
            index.setVisibleAt(message, visibleAt);
            if (earlier) {
                available.signalAll();
            }
            return journal.append(new QueueChange.VisibilityChanged(name, message.sequence, visibleAt));
        } finally {
            lock.unlock();
        }
    }

    /** PurgeQueue: deletes every message; refused within 60 seconds of the last purge. */
    CompletableFuture<Void> purge() {
        lock.lock();
        try {
            requireNotDeleted();
            Instant now = clock.instant();
            if (lastPurgedAt != null && now.isBefore(lastPurgedAt.plus(PURGE_INTERVAL))) {
                throw new BaristaException(ErrorCode.PURGE_IN_PROGRESS, "Only one PurgeQueue operation on " + name
                        + " is allowed every 60 seconds.");
            }
            lastPurgedAt = now;
            List<QueueMessage> purged = index.inSendingOrder();
            purged.forEach(index::remove);
            return journal.append(new QueueChange.MessagesDeleted(name, sequences(purged)));
        } finally {
            lock.unlock();
        }
    }

    /** Deletes the messages whose retention period has run out. */
    void expire() {
        lock.lock();
        try {
            List<QueueMessage> expired = expireLocked(clock.instant());
            if (!expired.isEmpty()) {
                journal.append(new QueueChange.MessagesDeleted(name, sequences(expired)));
            }
        } finally {
            lock.unlock();
        }
    }

    private static List<Long> sequences(List<QueueMessage> messages) {
        return messages.stream().map(message -> message.sequence).toList();
    }

    private List<QueueMessage> expireLocked(Instant now) {
        List<QueueMessage> expired = index.sentAtOrBefore(now.minus(configuration.retention()));
        expired.forEach(index::remove);
        return expired;
    }

    /**
     * Takes out up to {@code maximum} visible messages for a move task, oldest first; the caller journals and
     * places them.
     */
    List<QueueMessage> takeForMove(int maximum) {
        lock.lock();
        try {
            requireNotDeleted();
            Instant now = clock.instant();
            List<QueueMessage> moved = new ArrayList<>();
            for (QueueMessage message : index.inSendingOrder()) {
                if (moved.size() >= maximum) {
                    break;
                }
                if (message.visible(now)) {
                    index.remove(message);
                    moved.add(message);
                }
            }
            return moved;
        } finally {
            lock.unlock();
        }
    }

    /** Puts messages a move task took out back, unchanged (their destination is gone). */
    void putBack(List<QueueMessage> messages) {
        lock.lock();
        try {
            messages.forEach(index::add);
            available.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The queue's counts and timestamps, for GetQueueAttributes. */
    QueueCounts counts() {
        lock.lock();
        try {
            Instant now = clock.instant();
            long visible = 0;
            long inFlight = 0;
            long delayed = 0;
            for (QueueMessage message : index.all()) {
                if (message.inFlight(now)) {
                    inFlight++;
                } else if (message.delayed(now)) {
                    delayed++;
                } else {
                    visible++;
                }
            }
            return new QueueCounts(visible, inFlight, delayed, createdAt, lastModifiedAt);
        } finally {
            lock.unlock();
        }
    }

    /** Ends waiting receives (they return empty) and lets no receive wait again: the service is closing. */
    void close() {
        lock.lock();
        try {
            closed = true;
            available.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes every waiting receive, so that it looks again (after a clock change in tests). */
    void wakeWaiters() {
        lock.lock();
        try {
            available.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void requireNotDeleted() {
        if (deleted) {
            throw QueueErrors.queueDoesNotExist();
        }
    }
}
