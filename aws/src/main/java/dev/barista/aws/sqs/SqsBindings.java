package dev.barista.aws.sqs;

import dev.barista.aws.protocol.Support;
import dev.barista.aws.sqs.wire.ChangeMessageVisibility;
import dev.barista.aws.sqs.wire.CreateQueue;
import dev.barista.aws.sqs.wire.DeleteMessage;
import dev.barista.aws.sqs.wire.GetQueueUrl;
import dev.barista.aws.sqs.wire.ListQueues;
import dev.barista.aws.sqs.wire.MessageMoveTasks;
import dev.barista.aws.sqs.wire.Permissions;
import dev.barista.aws.sqs.wire.QueueAttributes;
import dev.barista.aws.sqs.wire.QueueTags;
import dev.barista.aws.sqs.wire.QueueUrlInput;
import dev.barista.aws.sqs.wire.QueueUrlOutput;
import dev.barista.aws.sqs.wire.ReceiveMessage;
import dev.barista.aws.sqs.wire.SendMessage;
import dev.barista.aws.sqs.wire.SendMessageBatch;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.queue.QueueService;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every {@link SqsOperation} bound to its thin method, the same bindings for both protocols. An operation Barista
 * does not implement is bound to an answer of 501 {@code NotImplemented} naming it.
 */
final class SqsBindings {
    private SqsBindings() {
    }

    /**
     * @throws IllegalStateException when an operation's declared support and its binding disagree
     */
    static Map<SqsOperation, SqsBinding<?, ?>> of(QueueService queues) {
        Map<SqsOperation, SqsBinding<?, ?>> implemented = implemented(queues);
        Map<SqsOperation, SqsBinding<?, ?>> bindings = new EnumMap<>(SqsOperation.class);
        for (SqsOperation operation : SqsOperation.values()) {
            SqsBinding<?, ?> binding = implemented.get(operation);
            if ((binding != null) != (operation.support() == Support.IMPLEMENTED)) {
                throw new IllegalStateException(operation.operationName() + " is declared " + operation.support()
                        + " but is " + (binding == null ? "not bound" : "bound"));
            }
            bindings.put(operation, binding != null ? binding : notImplemented(operation));
        }
        return bindings;
    }

    private static Map<SqsOperation, SqsBinding<?, ?>> implemented(QueueService queues) {
        QueueOperations queue = new QueueOperations(queues);
        MessageOperations message = new MessageOperations(queues);
        MoveTaskOperations moves = new MoveTaskOperations(queues);
        Map<SqsOperation, SqsBinding<?, ?>> bindings = new EnumMap<>(SqsOperation.class);
        bindings.put(SqsOperation.CREATE_QUEUE, SqsBinding.of(CreateQueue.Input.class, CreateQueue.Input::fromQuery,
                queue::createQueue, QueueUrlOutput::toXml));
        bindings.put(SqsOperation.GET_QUEUE_URL, SqsBinding.of(GetQueueUrl.Input.class, GetQueueUrl.Input::fromQuery,
                queue::getQueueUrl, QueueUrlOutput::toXml));
        bindings.put(SqsOperation.LIST_QUEUES, SqsBinding.of(ListQueues.Input.class, ListQueues.Input::fromQuery,
                queue::listQueues, ListQueues.Output::toXml));
        bindings.put(SqsOperation.DELETE_QUEUE, SqsBinding.withoutOutput(QueueUrlInput.class,
                QueueUrlInput::fromQuery, queue::deleteQueue));
        bindings.put(SqsOperation.PURGE_QUEUE, SqsBinding.withoutOutput(QueueUrlInput.class,
                QueueUrlInput::fromQuery, queue::purgeQueue));
        bindings.put(SqsOperation.GET_QUEUE_ATTRIBUTES, SqsBinding.of(QueueAttributes.GetInput.class,
                QueueAttributes.GetInput::fromQuery, queue::getQueueAttributes, QueueAttributes.GetOutput::toXml));
        bindings.put(SqsOperation.SET_QUEUE_ATTRIBUTES, SqsBinding.withoutOutput(QueueAttributes.SetInput.class,
                QueueAttributes.SetInput::fromQuery, queue::setQueueAttributes));
        bindings.put(SqsOperation.ADD_PERMISSION, SqsBinding.withoutOutput(Permissions.AddInput.class,
                Permissions.AddInput::fromQuery, queue::addPermission));
        bindings.put(SqsOperation.REMOVE_PERMISSION, SqsBinding.withoutOutput(Permissions.RemoveInput.class,
                Permissions.RemoveInput::fromQuery, queue::removePermission));
        bindings.put(SqsOperation.TAG_QUEUE, SqsBinding.withoutOutput(QueueTags.TagInput.class,
                QueueTags.TagInput::fromQuery, queue::tagQueue));
        bindings.put(SqsOperation.UNTAG_QUEUE, SqsBinding.withoutOutput(QueueTags.UntagInput.class,
                QueueTags.UntagInput::fromQuery, queue::untagQueue));
        bindings.put(SqsOperation.LIST_QUEUE_TAGS, SqsBinding.of(QueueUrlInput.class, QueueUrlInput::fromQuery,
                queue::listQueueTags, QueueTags.ListOutput::toXml));
        bindings.put(SqsOperation.LIST_DEAD_LETTER_SOURCE_QUEUES, SqsBinding.of(ListQueues.SourcesInput.class,
                ListQueues.SourcesInput::fromQuery, queue::listDeadLetterSourceQueues,
                ListQueues.SourcesOutput::toXml));
        bindings.put(SqsOperation.SEND_MESSAGE, SqsBinding.of(SendMessage.Input.class, SendMessage.Input::fromQuery,
                message::sendMessage, SendMessage.Output::toXml));
        bindings.put(SqsOperation.SEND_MESSAGE_BATCH, SqsBinding.of(SendMessageBatch.Input.class,
                SendMessageBatch.Input::fromQuery, message::sendMessageBatch, SendMessageBatch.Output::toXml));
        bindings.put(SqsOperation.RECEIVE_MESSAGE, SqsBinding.of(ReceiveMessage.Input.class,
                ReceiveMessage.Input::fromQuery, message::receiveMessage, ReceiveMessage.Output::toXml));
        bindings.put(SqsOperation.DELETE_MESSAGE, SqsBinding.withoutOutput(DeleteMessage.Input.class,
                DeleteMessage.Input::fromQuery, message::deleteMessage));
        bindings.put(SqsOperation.DELETE_MESSAGE_BATCH, SqsBinding.of(DeleteMessage.BatchInput.class,
                DeleteMessage.BatchInput::fromQuery, message::deleteMessageBatch,
                output -> output.toXml("DeleteMessageBatchResultEntry")));
        bindings.put(SqsOperation.CHANGE_MESSAGE_VISIBILITY, SqsBinding.withoutOutput(
                ChangeMessageVisibility.Input.class, ChangeMessageVisibility.Input::fromQuery,
                message::changeMessageVisibility));
        bindings.put(SqsOperation.CHANGE_MESSAGE_VISIBILITY_BATCH, SqsBinding.of(
                ChangeMessageVisibility.BatchInput.class, ChangeMessageVisibility.BatchInput::fromQuery,
                message::changeMessageVisibilityBatch,
                output -> output.toXml("ChangeMessageVisibilityBatchResultEntry")));
        bindings.put(SqsOperation.START_MESSAGE_MOVE_TASK, SqsBinding.of(MessageMoveTasks.StartInput.class,
                MessageMoveTasks.StartInput::fromQuery, moves::startMessageMoveTask,
                MessageMoveTasks.StartOutput::toXml));
        bindings.put(SqsOperation.CANCEL_MESSAGE_MOVE_TASK, SqsBinding.of(MessageMoveTasks.CancelInput.class,
                MessageMoveTasks.CancelInput::fromQuery, moves::cancelMessageMoveTask,
                MessageMoveTasks.CancelOutput::toXml));
        bindings.put(SqsOperation.LIST_MESSAGE_MOVE_TASKS, SqsBinding.of(MessageMoveTasks.ListInput.class,
                MessageMoveTasks.ListInput::fromQuery, moves::listMessageMoveTasks,
                MessageMoveTasks.ListOutput::toXml));
        return bindings;
    }

    @SuppressWarnings("rawtypes")
    private static SqsBinding<Map, Void> notImplemented(SqsOperation operation) {
        return SqsBinding.withoutOutput(Map.class, query -> Map.of(), (input, context) -> {
            throw new BaristaException(ErrorCode.UNSUPPORTED_OPERATION, "Barista does not support the SQS operation "
                    + operation.operationName() + " yet.");
        });
    }
}
