package dev.barista.server;

import dev.barista.core.error.BaristaException;
import dev.barista.core.queue.MessageQueues;
import dev.barista.core.queue.OutgoingMessage;
import dev.barista.core.queue.QueueFacts;
import dev.barista.core.queue.ReceivedMessage;
import dev.barista.core.queue.SentMessage;
import java.time.Duration;
import java.util.List;

/**
 * A placeholder {@link MessageQueues} for a server without SQS: no queue exists, so every ARN is refused with
 * {@code RESOURCE_NOT_FOUND} (a destination or dead-letter queue then counts a failed delivery). The composition
 * root wires the real queue service in its place.
 */
final class NoQueues implements MessageQueues {

    @Override
    public SentMessage send(String queueArn, OutgoingMessage message) {
        throw noQueue(queueArn);
    }

    @Override
    public List<ReceivedMessage> receive(String queueArn, int maxMessages, Duration visibilityTimeout,
                                         Duration wait) {
        throw noQueue(queueArn);
    }

    @Override
    public void delete(String queueArn, String receiptHandle) {
        throw noQueue(queueArn);
    }

    @Override
    public void changeVisibility(String queueArn, String receiptHandle, Duration timeout) {
        throw noQueue(queueArn);
    }

    @Override
    public QueueFacts facts(String queueArn) {
        throw noQueue(queueArn);
    }

    private static BaristaException noQueue(String queueArn) {
        return BaristaException.notFound("The specified queue does not exist: " + queueArn);
    }
}
