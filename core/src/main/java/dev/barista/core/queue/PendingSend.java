package dev.barista.core.queue;

import java.util.concurrent.CompletableFuture;

/**
 * A send ready to commit: the caller waits for {@link #committed()}, then inserts {@link #message()} into its queue.
 *
 * @param message the message to insert once committed; null for a FIFO duplicate, which is not enqueued again
 * @param messageId the message's id, or the first message's for a duplicate
 */
record PendingSend(QueueMessage message, String messageId, long sequence, CompletableFuture<Void> committed,
                   String md5OfBody) {

    PendingSend(QueueMessage message, String messageId, long sequence, CompletableFuture<Void> committed) {
        this(message, messageId, sequence, committed, message.md5OfBody);
    }
}
