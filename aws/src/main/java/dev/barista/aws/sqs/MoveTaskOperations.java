package dev.barista.aws.sqs;

import dev.barista.aws.protocol.RequestContext;
import dev.barista.aws.sqs.wire.MessageMoveTasks;
import dev.barista.core.queue.QueueService;

/** The operations on message move tasks. One thin method per operation. */
final class MoveTaskOperations {
    private final QueueService queues;

    MoveTaskOperations(QueueService queues) {
        this.queues = queues;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_StartMessageMoveTask.html">
     * StartMessageMoveTask</a>.
     */
    MessageMoveTasks.StartOutput startMessageMoveTask(MessageMoveTasks.StartInput input, RequestContext context) {
        return new MessageMoveTasks.StartOutput(queues.startMessageMoveTask(input.sourceArn(), input.destinationArn(),
                input.maxNumberOfMessagesPerSecond()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CancelMessageMoveTask.html">
     * CancelMessageMoveTask</a>.
     */
    MessageMoveTasks.CancelOutput cancelMessageMoveTask(MessageMoveTasks.CancelInput input, RequestContext context) {
        return new MessageMoveTasks.CancelOutput(queues.cancelMessageMoveTask(input.taskHandle()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListMessageMoveTasks.html">
     * ListMessageMoveTasks</a>.
     */
    MessageMoveTasks.ListOutput listMessageMoveTasks(MessageMoveTasks.ListInput input, RequestContext context) {
        return MessageMoveTasks.ListOutput.of(queues.listMessageMoveTasks(input.sourceArn(), input.maxResults()));
    }
}
