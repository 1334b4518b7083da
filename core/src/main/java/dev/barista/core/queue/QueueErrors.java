package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;

/** Failures raised in many places of the queue service, with SQS's messages. */
final class QueueErrors {
    private QueueErrors() {
    }

    static BaristaException queueDoesNotExist() {
        return BaristaException.notFound("The specified queue does not exist.");
    }
}
