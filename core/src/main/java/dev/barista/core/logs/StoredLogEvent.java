package dev.barista.core.logs;

import java.util.Objects;

/**
 * An event as it is read back.
 *
 * @param streamName the stream that holds it
 * @param ingestionTime when it was stored, epoch milliseconds
 */
public record StoredLogEvent(String streamName, EventPosition position, long ingestionTime, String message) {
    public StoredLogEvent {
        Objects.requireNonNull(streamName, "streamName");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /** FilterLogEvents' {@code eventId}: 56 digits, stable and unique per stored event. */
    public String eventId() {
        return LogTokens.eventId(position);
    }

    /** When it happened, epoch milliseconds. */
    public long timestamp() {
        return position.timestamp();
    }
}
