package dev.barista.aws.lambda;

import dev.barista.core.error.BaristaException;
import dev.barista.core.queue.MessageQueues;
import dev.barista.core.queue.OutgoingMessage;
import dev.barista.core.queue.QueueFacts;
import dev.barista.core.queue.ReceivedMessage;
import dev.barista.core.queue.SentMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Queues that exist and are always empty: enough for the control plane of event source mappings (which only asks
 * for queue facts). Sending is refused; an unknown ARN is not found. Thread-safe.
 */
final class StaticQueues implements MessageQueues {
    private final Map<String, QueueFacts> queues = new ConcurrentHashMap<>();

    void add(String arn, Duration visibilityTimeout) {
        String name = arn.substring(arn.lastIndexOf(':') + 1);
        queues.put(arn, new QueueFacts(arn, name, name.endsWith(".fifo"), visibilityTimeout, null, 0));
    }

    @Override
    public SentMessage send(String queueArn, OutgoingMessage message) {
        throw new UnsupportedOperationException("static queues hold no messages");
    }

    @Override
    public List<ReceivedMessage> receive(String queueArn, int maxMessages, Duration visibilityTimeout,
                                         Duration wait) {
        facts(queueArn);
        return List.of();
    }

    @Override
    public void delete(String queueArn, String receiptHandle) {
        facts(queueArn);
    }

    @Override
    public void changeVisibility(String queueArn, String receiptHandle, Duration timeout) {
        facts(queueArn);
    }

    @Override
    public QueueFacts facts(String queueArn) {
        QueueFacts facts = queues.get(queueArn);
        if (facts == null) {
            throw BaristaException.notFound("The specified queue does not exist: " + queueArn);
        }
        return facts;
    }
}
