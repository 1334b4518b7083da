package dev.barista.core.queue;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A FIFO queue's memory of recent receives by ReceiveRequestAttemptId, so that a retried receive within five
 * minutes answers the same messages and receipt handles while they are still in flight with them.
 *
 * <p>Not thread-safe: its queue guards it with its lock.
 */
final class ReceiveAttempts {
    private final Map<String, Attempt> attempts = new LinkedHashMap<>();

    /** The live attempt of this id, or null. */
    Attempt find(String attemptId, Instant now) {
        for (Iterator<Attempt> iterator = attempts.values().iterator(); iterator.hasNext(); ) {
            if (iterator.next().expiresAt.isAfter(now)) {
                break;
            }
            iterator.remove();
        }
        return attempts.get(attemptId);
    }

    void remember(String attemptId, List<String> messageIds, List<String> receiptTokens, Instant now) {
        attempts.remove(attemptId);
        attempts.put(attemptId, new Attempt(List.copyOf(messageIds), List.copyOf(receiptTokens),
                now.plus(Deduplication.WINDOW)));
    }

    /** The messages one attempt received, with the token of that receive, in order. */
    record Attempt(List<String> messageIds, List<String> receiptTokens, Instant expiresAt) {
    }
}
