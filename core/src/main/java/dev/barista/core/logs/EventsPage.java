package dev.barista.core.logs;

import java.util.List;

/** GetLogEvents' answer: events ascending, and tokens to read on in either direction (never null). */
public record EventsPage(List<StoredLogEvent> events, String nextForwardToken, String nextBackwardToken) {
    public EventsPage {
        events = List.copyOf(events);
    }
}
