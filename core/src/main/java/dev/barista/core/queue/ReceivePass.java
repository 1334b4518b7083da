package dev.barista.core.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One receive's choice of messages from its queue, made under the queue's lock: the messages the index offers, each
 * marked in flight under one receipt token (or, received more often than the redrive policy allows, taken out as a
 * dead letter), the receive journaled as one change; or, for a retried FIFO receive, the same messages again.
 *
 * <p>Not thread-safe: made and used under its queue's lock.
 */
final class ReceivePass {
    private final String queueName;
    private final MessageIndex index;
    private final QueueConfiguration configuration;
    private final Journal journal;
    private final ReceiveAttempts attempts;

    ReceivePass(String queueName, MessageIndex index, QueueConfiguration configuration, Journal journal,
                ReceiveAttempts attempts) {
        this.queueName = queueName;
        this.index = index;
        this.configuration = configuration;
        this.journal = journal;
        this.attempts = attempts;
    }

    ReceiveResult take(int maximum, Duration visibilityTimeout, String attemptId, Instant now,
                               boolean deadLetterQueueExists) {
        RedrivePolicy redrive = configuration.redrivePolicy();
        List<Delivery> deliveries = new ArrayList<>();
        List<QueueMessage> deadLetters = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        // One token for the whole receive: a handle names the message too, so it is still unique per receive.
        String token = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Instant visibleAt = now.plus(visibilityTimeout);
        boolean more = true;
        while (more && deliveries.size() < maximum) {
            List<QueueMessage> candidates = index.receivable(maximum - deliveries.size(), now);
            more = !candidates.isEmpty();
            for (QueueMessage message : candidates) {
                if (!taken.add(message.id)) {
                    more = false;
                    break;
                }
                if (redrive != null && deadLetterQueueExists && message.receiveCount >= redrive.maxReceiveCount()) {
                    index.remove(message);
                    deadLetters.add(message);
                    continue;
                }
                message.receiveCount++;
                message.firstReceivedAt = message.firstReceivedAt == null ? now : message.firstReceivedAt;
                message.receivedAt = now;
                message.receiptToken = token;
                index.setVisibleAt(message, visibleAt);
                deliveries.add(delivery(message));
            }
        }
        CompletableFuture<Void> committed = CompletableFuture.completedFuture(null);
        if (!deliveries.isEmpty()) {
            List<String> ids = deliveries.stream().map(delivery -> delivery.message().id).toList();
            committed = journal.append(new QueueChange.MessagesReceived(queueName,
                    deliveries.stream().map(delivery -> delivery.message().sequence).toList(), visibleAt, now, token));
            if (attemptId != null && configuration.fifo()) {
                attempts.remember(attemptId, ids, deliveries.stream().map(delivery -> token).toList(), now);
            }
        }
        return new ReceiveResult(deliveries, deadLetters, committed);
    }

    /** The same messages again for a retried FIFO receive, with their visibility timeout restarted; or null. */
    ReceiveResult retriedAttempt(String attemptId, Duration visibilityTimeout, Instant now) {
        if (attemptId == null || !configuration.fifo()) {
            return null;
        }
        ReceiveAttempts.Attempt attempt = attempts.find(attemptId, now);
        if (attempt == null) {
            return null;
        }
        List<QueueMessage> messages = new ArrayList<>();
        for (int position = 0; position < attempt.messageIds().size(); position++) {
            QueueMessage message = index.get(attempt.messageIds().get(position));
            if (message == null || !message.inFlight(now)
                    || !attempt.receiptTokens().get(position).equals(message.receiptToken)) {
                return null;
            }
            messages.add(message);
        }
        List<Delivery> deliveries = new ArrayList<>();
        CompletableFuture<Void> committed = CompletableFuture.completedFuture(null);
        for (QueueMessage message : messages) {
            index.setVisibleAt(message, now.plus(visibilityTimeout));
            deliveries.add(delivery(message));
            committed = journal.append(new QueueChange.VisibilityChanged(queueName, message.sequence, message.visibleAt));
        }
        return new ReceiveResult(deliveries, List.of(), committed);
    }

    private Delivery delivery(QueueMessage message) {
        return new Delivery(message, message.receiveCount, message.firstReceivedAt,
                new ReceiptHandle(queueName, message.id, message.receiptToken).encode());
    }
}
