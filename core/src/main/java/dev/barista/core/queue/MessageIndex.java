package dev.barista.core.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The messages of one queue in memory, indexed three ways: by id; by sequence (the order of sending, so the oldest,
 * first to expire, come first); by when they become visible, so that a receive takes the visible ones without a
 * scan and a waiter knows when to look again. FIFO queues also keep each message group in sequence order.
 *
 * <p>Not thread-safe: its queue guards it with its lock.
 */
final class MessageIndex {
    private static final Comparator<QueueMessage> BY_VISIBILITY = Comparator
            .<QueueMessage, Instant>comparing(message -> message.visibleAt)
            .thenComparingLong(message -> message.sequence);

    private final boolean fifo;
    private final Map<String, QueueMessage> byId = new HashMap<>();
    private final TreeMap<Long, QueueMessage> bySequence = new TreeMap<>();
    private final TreeSet<QueueMessage> byVisibility = new TreeSet<>(BY_VISIBILITY);
    private final Map<String, TreeMap<Long, QueueMessage>> groups = new LinkedHashMap<>();

    MessageIndex(boolean fifo) {
        this.fifo = fifo;
    }

    void add(QueueMessage message) {
        if (byId.putIfAbsent(message.id, message) != null) {
            return;
        }
        bySequence.put(message.sequence, message);
        byVisibility.add(message);
        if (fifo) {
            groups.computeIfAbsent(message.groupId, ignored -> new TreeMap<>()).put(message.sequence, message);
        }
    }

    QueueMessage get(String id) {
        return byId.get(id);
    }

    void remove(QueueMessage message) {
        if (byId.remove(message.id) == null) {
            return;
        }
        bySequence.remove(message.sequence);
        byVisibility.remove(message);
        if (fifo) {
            TreeMap<Long, QueueMessage> group = groups.get(message.groupId);
            group.remove(message.sequence);
            if (group.isEmpty()) {
                groups.remove(message.groupId);
            }
        }
    }

    /** Changes when a message becomes visible, keeping the visibility order right. */
    void setVisibleAt(QueueMessage message, Instant visibleAt) {
        boolean indexed = byVisibility.remove(message);
        message.visibleAt = visibleAt;
        if (indexed) {
            byVisibility.add(message);
        }
    }

    int size() {
        return byId.size();
    }

    Collection<QueueMessage> all() {
        return byId.values();
    }

    /** Every message, oldest first. */
    List<QueueMessage> inSendingOrder() {
        return new ArrayList<>(bySequence.values());
    }

    /** Messages sent at or before the cutoff, oldest first: those the retention period has run out for. */
    List<QueueMessage> sentAtOrBefore(Instant cutoff) {
        List<QueueMessage> expired = new ArrayList<>();
        for (QueueMessage message : bySequence.values()) {
            if (message.sentAt.isAfter(cutoff)) {
                break;
            }
            expired.add(message);
        }
        return expired;
    }

    /** The earliest instant any message becomes visible, or null when there are none. */
    Instant nextVisibleAt() {
        return byVisibility.isEmpty() ? null : byVisibility.first().visibleAt;
    }

    /**
     * The messages a receive may take now, at most {@code maximum}, in delivery order. A standard queue hands out
     * visible messages, earliest visible first. A FIFO queue hands out, group by group, the visible messages at the
     * head of each group that has no message in flight, in sequence order.
     */
    List<QueueMessage> receivable(int maximum, Instant now) {
        List<QueueMessage> taken = new ArrayList<>(Math.min(maximum, 10));
        if (!fifo) {
            for (QueueMessage message : byVisibility) {
                if (taken.size() >= maximum || message.visibleAt.isAfter(now)) {
                    break;
                }
                taken.add(message);
            }
            return taken;
        }
        for (TreeMap<Long, QueueMessage> group : groups.values()) {
            if (taken.size() >= maximum) {
                break;
            }
            if (!inFlight(group, now)) {
                for (QueueMessage message : group.values()) {
                    if (taken.size() >= maximum || !message.visible(now)) {
                        break;
                    }
                    taken.add(message);
                }
            }
        }
        return taken;
    }

    /** Whether a group has a message in flight; those are always among its messages received before. */
    private static boolean inFlight(TreeMap<Long, QueueMessage> group, Instant now) {
        for (QueueMessage message : group.values()) {
            if (message.receiveCount == 0) {
                return false;
            }
            if (message.inFlight(now)) {
                return true;
            }
        }
        return false;
    }
}
