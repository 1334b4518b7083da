package dev.barista.core.logs;

import java.time.Instant;
import java.util.Objects;

/** One line of a function's log, as CloudWatch Logs stores it. */
public record LogEvent(String group, String stream, Instant timestamp, String message) {
    public LogEvent {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(message, "message");
    }
}
