package dev.barista.core.logs;

import java.util.List;

/**
 * FilterLogEvents' answer: matching events ascending (possibly none while the search goes on).
 *
 * @param nextToken where to continue, or null when the search is complete
 */
public record FilteredEvents(List<StoredLogEvent> events, String nextToken) {
    public FilteredEvents {
        events = List.copyOf(events);
    }
}
