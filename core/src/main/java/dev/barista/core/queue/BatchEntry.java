package dev.barista.core.queue;

import java.util.Objects;

/**
 * One entry of a batch request: the caller's id for it (1 to 80 of {@code [A-Za-z0-9_-]}, distinct within the
 * batch) and its input.
 */
public record BatchEntry<T>(String id, T input) {
    public BatchEntry {
        Objects.requireNonNull(input, "input");
    }
}
