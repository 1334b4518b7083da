package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link MessageQueues} that keeps what is sent to the queues it was told exist, and refuses every other ARN with
 * {@code RESOURCE_NOT_FOUND}, as SQS does for a queue that does not exist. Only {@link #send} is modelled.
 * Thread-safe.
 */
public final class FakeMessageQueues implements MessageQueues {
    private final Set<String> queues = new HashSet<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    /** Makes a queue exist. */
    public synchronized FakeMessageQueues withQueue(String queueArn) {
        queues.add(queueArn);
        return this;
    }

    /** Every message sent, in order. */
    public List<Sent> sent() {
        return sent;
    }

    @Override
    public synchronized SentMessage send(String queueArn, OutgoingMessage message) {
        if (!queues.contains(queueArn)) {
            throw BaristaException.notFound("The specified queue does not exist.");
        }
        sent.add(new Sent(queueArn, message));
        return new SentMessage("message-" + sent.size(), "md5", null, null);
    }

    @Override
    public List<ReceivedMessage> receive(String queueArn, int maxMessages, Duration visibilityTimeout,
                                         Duration wait) {
        throw new UnsupportedOperationException("not modelled");
    }

    @Override
    public void delete(String queueArn, String receiptHandle) {
        throw new UnsupportedOperationException("not modelled");
    }

    @Override
    public void changeVisibility(String queueArn, String receiptHandle, Duration timeout) {
        throw new UnsupportedOperationException("not modelled");
    }

    @Override
    public QueueFacts facts(String queueArn) {
        throw new UnsupportedOperationException("not modelled");
    }

    /** One message sent to one queue. */
    public record Sent(String queueArn, OutgoingMessage message) {
    }
}
