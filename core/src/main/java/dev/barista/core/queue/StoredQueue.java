package dev.barista.core.queue;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A queue as a {@link QueueStore} keeps it.
 *
 * @param attributes the attributes set explicitly, by wire name, normalized ({@link QueueConfiguration})
 */
public record StoredQueue(String name, boolean fifo, Map<String, String> attributes, Map<String, String> tags,
                          Instant createdAt, Instant lastModifiedAt) {
    public StoredQueue {
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(attributes);
        tags = Map.copyOf(tags);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
    }
}
