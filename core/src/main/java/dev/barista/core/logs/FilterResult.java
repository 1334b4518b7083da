package dev.barista.core.logs;

import java.util.List;

/**
 * One call's share of a search.
 *
 * @param resumeAfter where the next call continues (events strictly after it), or null when the search is complete
 */
public record FilterResult(List<StoredLogEvent> events, EventPosition resumeAfter) {
    public FilterResult {
        events = List.copyOf(events);
    }
}
