package dev.barista.core.queue;

import java.util.Collection;

/** The queues that exist now, as the queue service's collaborators look them up. Thread-safe. */
interface QueueDirectory {

    /** The queue of this ARN, or null. */
    MessageQueue byArn(String arn);

    Collection<MessageQueue> all();

    /**
     * Moves a message out of a queue it was taken from into another, durably, and makes it receivable there.
     *
     * @param deadLetter true for a dead letter (it keeps its receive count and remembers its source), false for a
     *     redrive by a move task (it starts afresh)
     */
    void move(MessageQueue from, QueueMessage message, MessageQueue to, boolean deadLetter);
}
