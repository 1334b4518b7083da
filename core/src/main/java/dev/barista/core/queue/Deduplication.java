package dev.barista.core.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A FIFO queue's five-minute deduplication window: the first message with an id is accepted; any other with that
 * id within five minutes is answered as if it had been sent, with the first one's message id and sequence number,
 * and is not enqueued. Entries are kept in the order they were opened, which is the order they expire.
 *
 * <p>Not thread-safe: its queue guards it with its lock.
 */
final class Deduplication {
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** The live entry for a key, or null. */
    Entry find(String key, Instant now) {
        forgetExpired(now);
        return entries.get(key);
    }

    /** Opens the window for a key; {@code committed} completes when the first message is durable. */
    void open(String key, String messageId, long sequence, Instant expiresAt, CompletableFuture<Void> committed) {
        entries.put(key, new Entry(messageId, sequence, expiresAt, committed));
    }

    private void forgetExpired(Instant now) {
        for (Iterator<Entry> iterator = entries.values().iterator(); iterator.hasNext(); ) {
            if (iterator.next().expiresAt.isAfter(now)) {
                return;
            }
            iterator.remove();
        }
    }

    /** The key of a deduplication id within the queue's scope. */
    static String key(String deduplicationId, String messageGroupId, boolean perMessageGroup) {
        return perMessageGroup ? messageGroupId + "\n" + deduplicationId : deduplicationId;
    }

    /**
     * One open window.
     *
     * @param committed completes when the first message is durable; a duplicate waits for it before answering
     */
    record Entry(String messageId, long sequence, Instant expiresAt, CompletableFuture<Void> committed) {
    }
}
