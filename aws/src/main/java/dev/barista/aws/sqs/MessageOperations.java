package dev.barista.aws.sqs;

import dev.barista.aws.protocol.RequestContext;
import dev.barista.aws.sqs.wire.BatchResultErrorEntry;
import dev.barista.aws.sqs.wire.ChangeMessageVisibility;
import dev.barista.aws.sqs.wire.DeleteMessage;
import dev.barista.aws.sqs.wire.ReceiveMessage;
import dev.barista.aws.sqs.wire.SendMessage;
import dev.barista.aws.sqs.wire.SendMessageBatch;
import dev.barista.core.queue.BatchEntry;
import dev.barista.core.queue.BatchOutcome;
import dev.barista.core.queue.QueueService;
import dev.barista.core.queue.SendResult;
import java.util.ArrayList;
import java.util.List;

/** The operations on messages. One thin method per operation; a null output answers nothing. */
final class MessageOperations {
    private final QueueService queues;

    MessageOperations(QueueService queues) {
        this.queues = queues;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html">SendMessage</a>. */
    SendMessage.Output sendMessage(SendMessage.Input input, RequestContext context) {
        return SendMessage.Output.of(queues.sendMessage(input.queueUrl(), input.toCore()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html">
     * SendMessageBatch</a>.
     */
    SendMessageBatch.Output sendMessageBatch(SendMessageBatch.Input input, RequestContext context) {
        List<BatchOutcome<SendResult>> outcomes = queues.sendMessageBatch(input.queueUrl(), entries(input.entries(),
                entry -> new BatchEntry<>(entry.id(), entry.toCore())));
        List<SendMessageBatch.ResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (BatchOutcome<SendResult> outcome : outcomes) {
            switch (outcome) {
                case BatchOutcome.Succeeded<SendResult> succeeded ->
                        successful.add(SendMessageBatch.ResultEntry.of(succeeded.id(), succeeded.result()));
                case BatchOutcome.Failed<SendResult> failure -> failed.add(failure(failure));
            }
        }
        return new SendMessageBatch.Output(successful, failed);
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html">ReceiveMessage</a>. */
    ReceiveMessage.Output receiveMessage(ReceiveMessage.Input input, RequestContext context) {
        return ReceiveMessage.Output.of(queues.receiveMessage(input.queueUrl(), input.toCore()));
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessage.html">DeleteMessage</a>. */
    Void deleteMessage(DeleteMessage.Input input, RequestContext context) {
        queues.deleteMessage(input.queueUrl(), input.receiptHandle());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html">
     * DeleteMessageBatch</a>.
     */
    DeleteMessage.BatchOutput deleteMessageBatch(DeleteMessage.BatchInput input, RequestContext context) {
        return batchOutput(queues.deleteMessageBatch(input.queueUrl(), entries(input.entries(),
                entry -> new BatchEntry<>(entry.id(), entry.receiptHandle() == null ? "" : entry.receiptHandle()))));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibility.html">
     * ChangeMessageVisibility</a>.
     */
    Void changeMessageVisibility(ChangeMessageVisibility.Input input, RequestContext context) {
        queues.changeMessageVisibility(input.queueUrl(), input.toCore());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html">
     * ChangeMessageVisibilityBatch</a>.
     */
    DeleteMessage.BatchOutput changeMessageVisibilityBatch(ChangeMessageVisibility.BatchInput input,
                                                           RequestContext context) {
        return batchOutput(queues.changeMessageVisibilityBatch(input.queueUrl(), entries(input.entries(),
                entry -> new BatchEntry<>(entry.id(), entry.toCore()))));
    }

    private static <W, T> List<BatchEntry<T>> entries(List<W> entries, java.util.function.Function<W, BatchEntry<T>>
            convert) {
        return entries == null ? List.of() : entries.stream().map(convert).toList();
    }

    private static DeleteMessage.BatchOutput batchOutput(List<BatchOutcome<Void>> outcomes) {
        List<DeleteMessage.Succeeded> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (BatchOutcome<Void> outcome : outcomes) {
            switch (outcome) {
                case BatchOutcome.Succeeded<Void> succeeded -> successful.add(new DeleteMessage.Succeeded(succeeded.id()));
                case BatchOutcome.Failed<Void> failure -> failed.add(failure(failure));
            }
        }
        return new DeleteMessage.BatchOutput(successful, failed);
    }

    /** A failed entry carries the error's query code, the one both protocols' clients compare. */
    private static BatchResultErrorEntry failure(BatchOutcome.Failed<?> failure) {
        return new BatchResultErrorEntry(failure.id(), failure.senderFault(),
                SqsErrors.errorFor(failure.code()).codeInQuery(), failure.message());
    }
}
