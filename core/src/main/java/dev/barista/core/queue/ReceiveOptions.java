package dev.barista.core.queue;

import java.util.List;

/**
 * ReceiveMessage's input beyond the queue. Null numbers take the queue's (or SQS's) defaults.
 *
 * @param maxNumberOfMessages 1 to 10, default 1
 * @param visibilityTimeout seconds, 0 to 43,200; default the queue's
 * @param waitTimeSeconds 0 to 20; default the queue's ReceiveMessageWaitTimeSeconds
 * @param attributeNames system attributes to answer (the legacy AttributeNames and MessageSystemAttributeNames
 *     together); {@code All} for every one
 * @param messageAttributeNames message attributes to answer: names, {@code prefix.*}, or {@code All} / {@code .*}
 * @param receiveRequestAttemptId FIFO queues: a retried receive with the same id within five minutes answers the
 *     same messages; null for none
 */
public record ReceiveOptions(Integer maxNumberOfMessages, Integer visibilityTimeout, Integer waitTimeSeconds,
                             List<String> attributeNames, List<String> messageAttributeNames,
                             String receiveRequestAttemptId) {
    public ReceiveOptions {
        attributeNames = attributeNames == null ? List.of() : List.copyOf(attributeNames);
        messageAttributeNames = messageAttributeNames == null ? List.of() : List.copyOf(messageAttributeNames);
    }

    /** Every attribute of up to {@code maximum} messages, the queue's visibility timeout, waiting up to {@code wait}. */
    public static ReceiveOptions everything(int maximum, Integer visibilityTimeout, int waitSeconds) {
        return new ReceiveOptions(maximum, visibilityTimeout, waitSeconds, List.of("All"), List.of("All"), null);
    }
}
