package dev.barista.core.logs;

import java.util.Objects;

/**
 * An event to store.
 *
 * @param timestamp when it happened, epoch milliseconds
 */
public record NewLogEvent(long timestamp, String message) {
    public NewLogEvent {
        Objects.requireNonNull(message, "message");
    }
}
