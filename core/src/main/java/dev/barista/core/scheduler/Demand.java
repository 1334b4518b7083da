package dev.barista.core.scheduler;

import dev.barista.core.function.FunctionConfiguration;
import java.util.Objects;

/** One invocation asking for an environment: which revision it must run on, and how much memory a new one takes. */
record Demand(EnvironmentKey key, int memoryMegabytes) {

    Demand {
        Objects.requireNonNull(key, "key");
        if (memoryMegabytes < 1) {
            throw new IllegalArgumentException("memory must be positive: " + memoryMegabytes);
        }
    }

    static Demand of(FunctionConfiguration function) {
        return new Demand(EnvironmentKey.of(function), function.memorySizeMegabytes());
    }
}
