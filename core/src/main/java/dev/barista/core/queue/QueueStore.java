package dev.barista.core.queue;

import java.util.List;

/**
 * Where queues and their messages are kept durably. The queue service holds the working state in memory and
 * journals every change here before it answers; at start it rebuilds that state from {@link #load()}.
 *
 * <p>Implementations are thread-safe, but the queue service calls {@link #apply} from one thread at a time.
 */
public interface QueueStore {

    /** Everything stored: queues, messages in sequence order, and unexpired or expired deduplication entries. */
    QueueSnapshot load();

    /**
     * Applies changes in order, all or none, durably: when it returns they survive a crash of the process (and, for
     * a store that says so, of the machine).
     */
    void apply(List<QueueChange> changes);
}
