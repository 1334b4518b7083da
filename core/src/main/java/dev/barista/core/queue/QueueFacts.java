package dev.barista.core.queue;

import java.time.Duration;

/**
 * What a consumer of a queue needs to know of it.
 *
 * @param deadLetterTargetArn the redrive policy's dead-letter queue, or null
 * @param maxReceiveCount the redrive policy's count, or 0 without one
 */
public record QueueFacts(String arn, String name, boolean fifo, Duration visibilityTimeout,
                         String deadLetterTargetArn, int maxReceiveCount) {
}
