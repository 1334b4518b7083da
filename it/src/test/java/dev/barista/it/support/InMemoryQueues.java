package dev.barista.it.support;

import dev.barista.core.error.BaristaException;
import dev.barista.core.queue.MessageQueues;
import dev.barista.core.queue.OutgoingMessage;
import dev.barista.core.queue.QueueFacts;
import dev.barista.core.queue.ReceivedMessage;
import dev.barista.core.queue.SentMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Standard SQS queues in memory on the wall clock, with visibility timeouts, receive counts and long polls that
 * return as soon as a message arrives: a stand-in for Barista's SQS service, so that event source mappings can be
 * driven end to end before it is wired in. No FIFO, redrive or delays. Thread-safe.
 */
public final class InMemoryQueues implements MessageQueues {
    private final Map<String, Queue> queues = new HashMap<>();

    private record Queue(QueueFacts facts, LinkedHashMap<String, Message> messages) {
    }

    private static final class Message {
        final String id = UUID.randomUUID().toString();
        final String body;
        final long sentAt = System.currentTimeMillis();
        int receiveCount;
        long firstReceivedAt;
        long invisibleUntilNanos = Long.MIN_VALUE;
        String receiptHandle;

        Message(String body) {
            this.body = body;
        }
    }

    /** Creates a standard queue and returns its ARN. */
    public synchronized String create(String name, Duration visibilityTimeout) {
        String arn = "arn:aws:sqs:us-east-1:" + BaristaExtension.ACCOUNT_ID + ":" + name;
        queues.put(arn, new Queue(new QueueFacts(arn, name, false, visibilityTimeout, null, 0), new LinkedHashMap<>()));
        return arn;
    }

    @Override
    public synchronized SentMessage send(String queueArn, OutgoingMessage message) {
        Message stored = new Message(message.body());
        queue(queueArn).messages.put(stored.id, stored);
        notifyAll();
        return new SentMessage(stored.id, "00000000000000000000000000000000", null, null);
    }

    @Override
    public synchronized List<ReceivedMessage> receive(String queueArn, int maxMessages, Duration visibilityTimeout,
                                                      Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<ReceivedMessage> received = visible(queueArn, maxMessages, visibilityTimeout);
            long remaining = deadline - System.nanoTime();
            if (!received.isEmpty() || remaining <= 0) {
                return received;
            }
            try {
                // Wakes on a send; a message whose visibility ends meanwhile is found within 50 ms.
                wait(Math.max(1, Math.min(50, remaining / 1_000_000)));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }

    private List<ReceivedMessage> visible(String queueArn, int maxMessages, Duration visibilityTimeout) {
        Queue queue = queue(queueArn);
        long now = System.nanoTime();
        List<ReceivedMessage> received = new ArrayList<>();
        for (Message message : queue.messages.values()) {
            if (received.size() == maxMessages) {
                break;
            }
            if (message.invisibleUntilNanos != Long.MIN_VALUE && message.invisibleUntilNanos - now > 0) {
                continue;
            }
            message.receiveCount++;
            if (message.firstReceivedAt == 0) {
                message.firstReceivedAt = System.currentTimeMillis();
            }
            Duration visibility = visibilityTimeout == null ? queue.facts.visibilityTimeout() : visibilityTimeout;
            message.invisibleUntilNanos = now + visibility.toNanos();
            message.receiptHandle = UUID.randomUUID().toString();
            received.add(new ReceivedMessage(message.id, message.receiptHandle, message.body,
                    "00000000000000000000000000000000", null, Map.of("ApproximateReceiveCount",
                    Integer.toString(message.receiveCount), "SentTimestamp", Long.toString(message.sentAt),
                    "SenderId", "AIDAIENQZJOLO23YVJ4VO", "ApproximateFirstReceiveTimestamp",
                    Long.toString(message.firstReceivedAt)), Map.of()));
        }
        return received;
    }

    @Override
    public synchronized void delete(String queueArn, String receiptHandle) {
        queue(queueArn).messages.values().removeIf(message -> receiptHandle.equals(message.receiptHandle));
    }

    @Override
    public synchronized void changeVisibility(String queueArn, String receiptHandle, Duration timeout) {
        for (Message message : queue(queueArn).messages.values()) {
            if (receiptHandle.equals(message.receiptHandle)) {
                message.invisibleUntilNanos = System.nanoTime() + timeout.toNanos();
            }
        }
        notifyAll();
    }

    @Override
    public synchronized QueueFacts facts(String queueArn) {
        return queue(queueArn).facts;
    }

    /** How many messages a queue holds, in flight or not. */
    public synchronized int size(String queueArn) {
        return queue(queueArn).messages.size();
    }

    private Queue queue(String arn) {
        Queue queue = queues.get(arn);
        if (queue == null) {
            throw BaristaException.notFound("The specified queue does not exist: " + arn);
        }
        return queue;
    }
}
