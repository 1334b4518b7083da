package dev.barista.core.queue;

import dev.barista.core.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A queue service on an in-memory store and a test clock, with shorthands the service tests share. */
final class QueueFixture implements AutoCloseable {
    static final String ACCOUNT = "123456789012";
    static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryQueueStore store;
    final QueueService queues;

    QueueFixture() {
        this(new InMemoryQueueStore());
    }

    QueueFixture(InMemoryQueueStore store) {
        this.store = store;
        this.queues = QueueService.open(store, new QueueSettings(ACCOUNT, "us-east-1"), clock);
    }

    /** The same store opened by a new service, as after a restart; this fixture's service is closed first. */
    QueueFixture restarted() {
        queues.close();
        QueueFixture restarted = new QueueFixture(store);
        restarted.clock.advance(java.time.Duration.between(START, clock.instant()));
        return restarted;
    }

    static String url(String name) {
        return "http://localhost:4566/" + ACCOUNT + "/" + name;
    }

    static String arn(String name) {
        return "arn:aws:sqs:us-east-1:" + ACCOUNT + ":" + name;
    }

    String create(String name, Map<String, String> attributes) {
        return url(queues.createQueue(name, attributes, Map.of()));
    }

    String create(String name) {
        return create(name, name.endsWith(".fifo") ? Map.of("FifoQueue", "true") : Map.of());
    }

    SendResult send(String url, String body) {
        return queues.sendMessage(url, MessageToSend.of(OutgoingMessage.of(body)));
    }

    SendResult sendToGroup(String url, String body, String group, String deduplicationId) {
        return queues.sendMessage(url, MessageToSend.of(new OutgoingMessage(body, Map.of(), group, deduplicationId,
                null)));
    }

    List<ReceivedMessage> receive(String url, int maximum) {
        return queues.receiveMessage(url, new ReceiveOptions(maximum, null, 0, List.of("All"), List.of("All"), null));
    }

    List<ReceivedMessage> receive(String url, int maximum, int visibilityTimeout) {
        return queues.receiveMessage(url, new ReceiveOptions(maximum, visibilityTimeout, 0, List.of("All"),
                List.of("All"), null));
    }

    List<String> bodies(List<ReceivedMessage> messages) {
        return messages.stream().map(ReceivedMessage::body).toList();
    }

    Map<String, String> attributes(String url) {
        return queues.getQueueAttributes(url, List.of("All"));
    }

    @Override
    public void close() {
        queues.close();
    }
}
