package dev.barista.core.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * A log stream of a group. The event instants are null until the stream has an event.
 *
 * @param firstEventAt the earliest event timestamp it ever held
 * @param lastEventAt the latest event timestamp it ever held
 * @param lastIngestedAt when its last event was stored
 */
public record LogStream(String name, Instant createdAt, Instant firstEventAt, Instant lastEventAt,
                        Instant lastIngestedAt, long storedBytes) {
    public LogStream {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
