package dev.barista.core.metering;

import dev.barista.core.function.Architecture;
import java.time.Instant;
import java.util.Objects;

/**
 * The usage of one function, memory size and architecture in one minute: the unit the meter aggregates
 * invocations into and the store adds up.
 *
 * @param minute the start of the minute (UTC, whole minute)
 */
public record MinuteUsage(Instant minute, String functionName, int memorySizeMegabytes, Architecture architecture,
                          Usage usage) {
    public MinuteUsage {
        Objects.requireNonNull(minute, "minute");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(usage, "usage");
        if (minute.toEpochMilli() % 60_000 != 0) {
            throw new IllegalArgumentException("not the start of a minute: " + minute);
        }
    }
}
