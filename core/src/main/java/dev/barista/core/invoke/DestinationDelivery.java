package dev.barista.core.invoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.queue.MessageQueues;
import dev.barista.core.queue.OutgoingMessage;
import java.nio.charset.StandardCharsets;

/**
 * Sends an invocation record to a destination by the service its ARN names: an SQS queue gets it as a message
 * body, a Lambda function as the event of an asynchronous invocation. Also sends dead-letter messages (always to an
 * SQS queue). Thread-safe.
 */
final class DestinationDelivery {

    /** Queues an asynchronous invocation of a function, as Invoke with {@code InvocationType: Event} does. */
    @FunctionalInterface
    interface LambdaDestination {
        void invokeAsync(String functionArn, byte[] payload);
    }

    private final MessageQueues queues;
    private final AsyncDocuments documents;
    private final LambdaDestination lambda;

    DestinationDelivery(MessageQueues queues, AsyncDocuments documents, LambdaDestination lambda) {
        this.queues = queues;
        this.documents = documents;
        this.lambda = lambda;
    }

    /**
     * @throws BaristaException when the destination does not take it (no such queue or function, a FIFO queue, a
     *     record too large, a service Barista does not have)
     */
    void send(String destinationArn, InvocationRecord record) {
        byte[] document = documents.invocationRecord(record);
        String[] parts = destinationArn.split(":", 6);
        String service = parts.length > 2 ? parts[2] : "";
        switch (service) {
            case "sqs" -> queues.send(destinationArn, OutgoingMessage.of(new String(document,
                    StandardCharsets.UTF_8)));
            case "lambda" -> lambda.invokeAsync(destinationArn, document);
            default -> throw BaristaException.invalidParameter("Barista cannot deliver to " + destinationArn);
        }
    }

    /** @throws BaristaException when the queue does not take it */
    void sendDeadLetter(String queueArn, OutgoingMessage message) {
        queues.send(queueArn, message);
    }
}
