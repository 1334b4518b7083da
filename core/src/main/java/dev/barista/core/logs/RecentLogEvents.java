package dev.barista.core.logs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A bounded in-memory log sink keeping the most recent events of every stream together. Thread-safe. The server
 * stores logs durably through {@link LogService}; this sink serves tests that only need to see lines go by.
 */
public final class RecentLogEvents implements LogEventSink {
    private final int capacity;
    private final Deque<LogEvent> events = new ArrayDeque<>();

    public RecentLogEvents(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void append(LogEvent event) {
        events.addLast(event);
        if (events.size() > capacity) {
            events.removeFirst();
        }
    }

    /** The kept events of a group, oldest first. */
    public synchronized List<LogEvent> group(String group) {
        List<LogEvent> found = new ArrayList<>();
        for (LogEvent event : events) {
            if (event.group().equals(group)) {
                found.add(event);
            }
        }
        return found;
    }
}
