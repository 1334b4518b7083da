package dev.barista.core.queue;

import java.time.Duration;
import java.util.List;

/**
 * The port through which other parts of Barista (asynchronous invocation's destinations and dead-letter queues,
 * event source mappings) use SQS queues in process, by queue ARN, with exactly the semantics the SQS API gives
 * clients: delays, deduplication, FIFO groups, visibility, redrive. Failures are
 * {@link dev.barista.core.error.BaristaException}s ({@code RESOURCE_NOT_FOUND} when no queue has the ARN).
 * Implementations are thread-safe; {@link #receive} may block up to its wait time.
 */
public interface MessageQueues {

    /** SendMessage: durable when it returns. */
    SentMessage send(String queueArn, OutgoingMessage message);

    /**
     * ReceiveMessage: up to {@code maxMessages} (1-10) messages, each with every system attribute and every
     * message attribute. Waits up to {@code wait} (zero to 20 s) for the first one and returns at once when one
     * arrives.
     *
     * @param visibilityTimeout the visibility timeout of these messages, or null for the queue's own
     */
    List<ReceivedMessage> receive(String queueArn, int maxMessages, Duration visibilityTimeout, Duration wait);

    /** DeleteMessage. */
    void delete(String queueArn, String receiptHandle);

    /**
     * Deletes several messages of one queue, as DeleteMessageBatch does: each on its own, durable together when it
     * returns (implementations may share one commit). Stops at the first failure; the default deletes one by one.
     */
    default void deleteAll(String queueArn, List<String> receiptHandles) {
        for (String receiptHandle : receiptHandles) {
            delete(queueArn, receiptHandle);
        }
    }

    /** ChangeMessageVisibility: the message becomes visible again after {@code timeout} (zero: at once). */
    void changeVisibility(String queueArn, String receiptHandle, Duration timeout);

    /** What consumers need to know of a queue now. */
    QueueFacts facts(String queueArn);
}
