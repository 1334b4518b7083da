package dev.barista.core.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * A log group as CloudWatch Logs describes it.
 *
 * @param retentionInDays how long its events are kept, or null to keep them until the size bound removes them
 * @param storedBytes the UTF-8 bytes of the messages it holds now
 */
public record LogGroup(String name, Instant createdAt, Integer retentionInDays, long storedBytes) {
    public LogGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
