package dev.barista.core.cost;

import java.util.Objects;

/** So many instances of one type. */
public record InstanceCount(InstanceType type, int count) {
    public InstanceCount {
        Objects.requireNonNull(type, "type");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }
}
