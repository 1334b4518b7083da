package dev.barista.core.eventsource;

import dev.barista.core.error.BaristaException;
import dev.barista.core.queue.MessageAttributeValue;
import dev.barista.core.queue.MessageQueues;
import dev.barista.core.queue.OutgoingMessage;
import dev.barista.core.queue.QueueFacts;
import dev.barista.core.queue.ReceivedMessage;
import dev.barista.core.queue.SentMessage;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQS queues in memory on a {@link MutableClock}, with the semantics the pollers rely on: visibility timeouts,
 * receive counts, redrive to a dead-letter queue on receive, and FIFO groups that block while one of their messages
 * is in flight. A receive that finds nothing advances the clock by its wait time (the long poll), unless told
 * otherwise. Thread-safe.
 */
final class FakeMessageQueues implements MessageQueues {
    static final String SENDER = "AIDAIENQZJOLO23YVJ4VO";

    private final MutableClock clock;
    private final Map<String, Queue> queues = new HashMap<>();
    private int sequence;
    private int receives;
    private volatile boolean longPollsMoveTheClock = true;

    FakeMessageQueues(MutableClock clock) {
        this.clock = clock;
    }

    private record Queue(QueueFacts facts, LinkedHashMap<String, Message> messages) {
    }

    private static final class Message {
        final String id;
        final String body;
        final Map<String, MessageAttributeValue> attributes;
        final String groupId;
        final Instant sent;
        int receiveCount;
        Instant firstReceive;
        Instant invisibleUntil = Instant.MIN;
        final Set<String> receiptHandles = new HashSet<>();

        Message(String id, String body, Map<String, MessageAttributeValue> attributes, String groupId, Instant sent) {
            this.id = id;
            this.body = body;
            this.attributes = attributes;
            this.groupId = groupId;
            this.sent = sent;
        }
    }

    /**
     * Makes empty long polls return after a real millisecond without moving the clock: for pollers on real
     * threads, whose many empty polls would otherwise expire the visibility of messages in flight.
     */
    void keepTheClockStillOnEmptyPolls() {
        longPollsMoveTheClock = false;
    }

    synchronized void createQueue(String arn, Duration visibilityTimeout, String deadLetterArn, int maxReceiveCount) {
        String name = arn.substring(arn.lastIndexOf(':') + 1);
        queues.put(arn, new Queue(new QueueFacts(arn, name, name.endsWith(".fifo"), visibilityTimeout,
                deadLetterArn, maxReceiveCount), new LinkedHashMap<>()));
    }

    synchronized String send(String arn, String body) {
        return send(arn, new OutgoingMessage(body, Map.of(), null, null, null)).messageId();
    }

    synchronized String sendToGroup(String arn, String body, String groupId) {
        return send(arn, new OutgoingMessage(body, Map.of(), groupId, null, null)).messageId();
    }

    @Override
    public synchronized SentMessage send(String queueArn, OutgoingMessage message) {
        String id = "message-" + (++sequence);
        queue(queueArn).messages.put(id, new Message(id, message.body(), message.messageAttributes(),
                message.messageGroupId(), clock.instant()));
        return new SentMessage(id, "md5-" + id, null, null);
    }

    @Override
    public List<ReceivedMessage> receive(String queueArn, int maxMessages, Duration visibilityTimeout,
                                         Duration wait) {
        List<ReceivedMessage> received = receiveNow(queueArn, maxMessages, visibilityTimeout);
        if (received.isEmpty() && !wait.isZero()) {
            pauseBriefly();
            if (longPollsMoveTheClock) {
                clock.advance(wait);
            }
            received = receiveNow(queueArn, maxMessages, visibilityTimeout);
        }
        return received;
    }

    /** Keeps pollers running on real threads from spinning on an empty queue; time itself is the clock's. */
    private static void pauseBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized List<ReceivedMessage> receiveNow(String queueArn, int maxMessages,
                                                          Duration visibilityTimeout) {
        if (maxMessages < 1 || maxMessages > 10) {
            throw new IllegalArgumentException("SQS receives 1-10 messages: " + maxMessages);
        }
        receives++;
        Queue queue = queue(queueArn);
        Instant now = clock.instant();
        Set<String> blockedGroups = new HashSet<>();
        if (queue.facts.fifo()) {
            queue.messages.values().stream().filter(message -> message.invisibleUntil.isAfter(now))
                    .forEach(message -> blockedGroups.add(message.groupId));
        }
        List<ReceivedMessage> received = new ArrayList<>();
        for (Message message : List.copyOf(queue.messages.values())) {
            if (received.size() == maxMessages) {
                break;
            }
            if (message.invisibleUntil.isAfter(now) || blockedGroups.contains(message.groupId)) {
                continue;
            }
            if (queue.facts.deadLetterTargetArn() != null
                    && message.receiveCount >= queue.facts.maxReceiveCount()) {
                queue.messages.remove(message.id);
                queue(queue.facts.deadLetterTargetArn()).messages.put(message.id, message);
                continue;
            }
            message.receiveCount++;
            if (message.firstReceive == null) {
                message.firstReceive = now;
            }
            message.invisibleUntil = now.plus(visibilityTimeout == null
                    ? queue.facts.visibilityTimeout() : visibilityTimeout);
            String handle = "handle-" + message.id + "-" + message.receiveCount;
            message.receiptHandles.add(handle);
            received.add(new ReceivedMessage(message.id, handle, message.body, "md5-" + message.id, null,
                    attributes(message), message.attributes));
        }
        return received;
    }

    private static Map<String, String> attributes(Message message) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("ApproximateReceiveCount", Integer.toString(message.receiveCount));
        attributes.put("SentTimestamp", Long.toString(message.sent.toEpochMilli()));
        attributes.put("SenderId", SENDER);
        attributes.put("ApproximateFirstReceiveTimestamp", Long.toString(message.firstReceive.toEpochMilli()));
        if (message.groupId != null) {
            attributes.put("MessageGroupId", message.groupId);
        }
        return attributes;
    }

    @Override
    public synchronized void delete(String queueArn, String receiptHandle) {
        queue(queueArn).messages.values().removeIf(message -> message.receiptHandles.contains(receiptHandle));
    }

    @Override
    public synchronized void changeVisibility(String queueArn, String receiptHandle, Duration timeout) {
        queue(queueArn).messages.values().stream()
                .filter(message -> message.receiptHandles.contains(receiptHandle))
                .forEach(message -> message.invisibleUntil = clock.instant().plus(timeout));
    }

    @Override
    public synchronized QueueFacts facts(String queueArn) {
        return queue(queueArn).facts;
    }

    /** The ids of the messages still in a queue, in sending order. */
    synchronized List<String> messageIds(String queueArn) {
        return List.copyOf(queue(queueArn).messages.keySet());
    }

    /** How many ReceiveMessage calls were made, over all queues. */
    synchronized int receives() {
        return receives;
    }

    private Queue queue(String arn) {
        Queue queue = queues.get(arn);
        if (queue == null) {
            throw BaristaException.notFound("The specified queue does not exist: " + arn);
        }
        return queue;
    }
}
