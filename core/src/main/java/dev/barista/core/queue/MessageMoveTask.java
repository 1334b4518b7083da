package dev.barista.core.queue;

import java.time.Instant;

/**
 * One message move task (StartMessageMoveTask): its parameters and progress. Changed only under the lock of
 * {@link MessageMoveTasks}.
 */
final class MessageMoveTask {
    final String handle;
    final String sourceArn;
    final String destinationArn;
    final Integer rate;
    final Instant startedAt;
    final long toMove;
    long moved;
    MessageMoveTaskStatus.Status status = MessageMoveTaskStatus.Status.RUNNING;
    String failureReason;

    MessageMoveTask(String handle, String sourceArn, String destinationArn, Integer rate, Instant startedAt,
                    long toMove) {
        this.handle = handle;
        this.sourceArn = sourceArn;
        this.destinationArn = destinationArn;
        this.rate = rate;
        this.startedAt = startedAt;
        this.toMove = toMove;
    }

    MessageMoveTaskStatus status() {
        return new MessageMoveTaskStatus(status == MessageMoveTaskStatus.Status.RUNNING ? handle : null, status,
                sourceArn, destinationArn, rate, moved, toMove, failureReason, startedAt);
    }
}
