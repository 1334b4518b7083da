package dev.barista.core.metering;

import dev.barista.core.function.Architecture;
import java.util.Objects;

/** The usage of one function, memory size and architecture over a period. */
public record FunctionUsage(String functionName, int memorySizeMegabytes, Architecture architecture, Usage usage) {
    public FunctionUsage {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(usage, "usage");
    }
}
