package dev.barista.core.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * One message move task as ListMessageMoveTasks answers it.
 *
 * @param taskHandle null unless the task is running (SQS answers it only then)
 * @param destinationArn null when messages go back to their source queues
 * @param maxNumberOfMessagesPerSecond null when the rate is SQS's own choice
 * @param failureReason null unless the task failed
 */
public record MessageMoveTaskStatus(String taskHandle, Status status, String sourceArn, String destinationArn,
                                    Integer maxNumberOfMessagesPerSecond, long approximateNumberOfMessagesMoved,
                                    long approximateNumberOfMessagesToMove, String failureReason,
                                    Instant startedAt) {
    public MessageMoveTaskStatus {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sourceArn, "sourceArn");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A task's state, by its wire name. */
    public enum Status {
        RUNNING,
        COMPLETED,
        CANCELLING,
        CANCELLED,
        FAILED
    }
}
