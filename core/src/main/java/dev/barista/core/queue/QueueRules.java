package dev.barista.core.queue;

import java.time.Instant;

/** Rules between queues: which queue may be whose dead-letter queue, and what a moved message becomes. */
final class QueueRules {
    private QueueRules() {
    }

    /**
     * A redrive policy must name an existing queue of the same type whose RedriveAllowPolicy admits the source.
     *
     * @throws dev.barista.core.error.BaristaException INVALID_PARAMETER_VALUE in SQS's words otherwise
     */
    static void requireValidRedrive(QueueDirectory queues, String sourceArn, QueueConfiguration configuration) {
        RedrivePolicy redrive = configuration.redrivePolicy();
        if (redrive == null) {
            return;
        }
        String json = redrive.toJson();
        MessageQueue target = queues.byArn(redrive.deadLetterTargetArn());
        if (target == null) {
            throw RedrivePolicy.invalid(json, "Dead letter target does not exist.");
        }
        if (target.fifo() != configuration.fifo()) {
            throw RedrivePolicy.invalid(json, "Dead-letter queue must be same type of queue as the source.");
        }
        if (!target.configuration().redriveAllowPolicy().allows(sourceArn)) {
            throw RedrivePolicy.invalid(json, "Queue " + target.arn + " does not allow " + sourceArn
                    + " to use it as a dead-letter queue.");
        }
    }

    /**
     * A message as it arrives in another queue: a dead letter keeps its receive count and remembers its source; a
     * message moved back by a move task starts afresh. Both are visible at once and keep their id, sequence and
     * original send time (which their retention counts from).
     *
     * @param deadLetterSourceArn the source queue for a dead letter, null for a move back
     */
    static StoredMessage moved(QueueMessage message, MessageQueue to, String deadLetterSourceArn, Instant now) {
        boolean deadLetter = deadLetterSourceArn != null;
        return new StoredMessage(to.name, message.id, message.sequence, message.body, message.attributes,
                message.systemAttributes, message.sentAt, message.groupId, message.deduplicationId, now,
                deadLetter ? message.receiveCount : 0, deadLetter ? message.firstReceivedAt : null, null, null,
                deadLetterSourceArn);
    }
}
