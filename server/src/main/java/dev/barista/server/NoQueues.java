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
 * The {@link MessageQueues} of a server without SQS: no queue exists, so every ARN is {@code RESOURCE_NOT_FOUND}.
 * It stands in until the SQS service is wired in; event source mappings then refuse every queue as Lambda refuses
 * a queue that does not exist. Thread-safe.
 */
final class NoQueues implements MessageQueues {

    @Override
    public SentMessage send(String queueArn, OutgoingMessage message) {
        throw missing(queueArn);
    }

    @Override
    public List<ReceivedMessage> receive(String queueArn, int maxMessages, Duration visibilityTimeout,
                                         Duration wait) {
        throw missing(queueArn);
    }

    @Override
    public void delete(String queueArn, String receiptHandle) {
        throw missing(queueArn);
    }

    @Override
    public void changeVisibility(String queueArn, String receiptHandle, Duration timeout) {
        throw missing(queueArn);
    }

    @Override
    public QueueFacts facts(String queueArn) {
        throw missing(queueArn);
    }

    private static BaristaException missing(String queueArn) {
        return BaristaException.notFound("The specified queue does not exist: " + queueArn
                + " (this Barista has no SQS service)");
    }
}
