package dev.barista.core.scheduler;

import java.time.Instant;
import java.util.Objects;

/** What placement may know about one environment: an immutable copy taken under the pool's lock. */
record EnvironmentView(String id, EnvironmentKey key, EnvironmentState state, int memoryMegabytes, Instant lastUsed) {

    EnvironmentView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastUsed, "lastUsed");
    }
}
