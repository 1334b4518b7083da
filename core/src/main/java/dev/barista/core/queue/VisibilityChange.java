package dev.barista.core.queue;

/**
 * ChangeMessageVisibility's input beyond the queue.
 *
 * @param visibilityTimeout seconds from now, 0 to 43,200; null is a missing parameter
 */
public record VisibilityChange(String receiptHandle, Integer visibilityTimeout) {
}
