package dev.barista.core.eventsource;

import dev.barista.core.queue.ReceivedMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lambda's rules for what becomes of a batch once the function was invoked: which messages are deleted, and what
 * the outcome tells the pollers. A pure function.
 *
 * <ul>
 *   <li>Success deletes the batch. With {@code ReportBatchItemFailures}, the response's
 *       {@code batchItemFailures} are kept and the rest deleted; an empty or null list, a response without it or
 *       an empty response is full success; an empty, null or unknown {@code itemIdentifier}, or a response that is
 *       not JSON of that shape, fails the whole batch.</li>
 *   <li>A function error or timeout deletes nothing: the messages come back after the visibility timeout, and the
 *       queue's redrive policy moves them to its dead-letter queue after {@code maxReceiveCount} receives.</li>
 *   <li>A throttle, or an invocation that could not be made, deletes nothing either.</li>
 *   <li>FIFO queues keep each message group in order: from the first failed message of a group, no later message
 *       of that group in the batch is deleted.</li>
 * </ul>
 */
final class BatchOutcomes {

    private BatchOutcomes() {
    }

    /**
     * The messages to delete and the outcome.
     *
     * @param failures how the codec read the response; consulted only for a success with reporting on
     */
    static Settlement settle(List<ReceivedMessage> batch, BatchResult result, boolean reportBatchItemFailures,
                             boolean fifo, java.util.function.Function<byte[], BatchItemFailures> failures) {
        return switch (result) {
            case BatchResult.Succeeded succeeded -> reportBatchItemFailures
                    ? partial(batch, failures.apply(succeeded.response()), fifo)
                    : new Settlement(batch, BatchOutcome.SUCCEEDED);
            case BatchResult.FunctionFailed failed -> new Settlement(List.of(), BatchOutcome.FAILED);
            case BatchResult.Throttled throttled -> new Settlement(List.of(), BatchOutcome.THROTTLED);
            case BatchResult.NotInvoked notInvoked -> new Settlement(List.of(), BatchOutcome.NOT_INVOKED);
        };
    }

    private static Settlement partial(List<ReceivedMessage> batch, BatchItemFailures failures, boolean fifo) {
        return switch (failures) {
            case BatchItemFailures.None none -> new Settlement(batch, BatchOutcome.SUCCEEDED);
            case BatchItemFailures.Unreadable unreadable -> new Settlement(List.of(), BatchOutcome.FAILED);
            case BatchItemFailures.Reported reported -> reported(batch, reported.itemIdentifiers(), fifo);
        };
    }

    private static Settlement reported(List<ReceivedMessage> batch, List<String> identifiers, boolean fifo) {
        Set<String> inBatch = new HashSet<>();
        batch.forEach(message -> inBatch.add(message.messageId()));
        for (String identifier : identifiers) {
            if (identifier == null || identifier.isEmpty() || !inBatch.contains(identifier)) {
                return new Settlement(List.of(), BatchOutcome.FAILED);
            }
        }
        if (identifiers.isEmpty()) {
            return new Settlement(batch, BatchOutcome.SUCCEEDED);
        }
        Set<String> failed = new HashSet<>(identifiers);
        Set<String> blockedGroups = new HashSet<>();
        List<ReceivedMessage> delete = new ArrayList<>();
        for (ReceivedMessage message : batch) {
            String group = message.attributes().get("MessageGroupId");
            if (failed.contains(message.messageId())) {
                if (fifo) {
                    blockedGroups.add(group);
                }
            } else if (!fifo || !blockedGroups.contains(group)) {
                delete.add(message);
            }
        }
        return new Settlement(delete, BatchOutcome.PARTIALLY_FAILED);
    }

    /**
     * @param delete the messages to delete, in batch order
     */
    record Settlement(List<ReceivedMessage> delete, BatchOutcome outcome) {
        Settlement {
            delete = List.copyOf(delete);
        }
    }
}
