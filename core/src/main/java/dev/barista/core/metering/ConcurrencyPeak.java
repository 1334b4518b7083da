package dev.barista.core.metering;

import java.time.Instant;
import java.util.Objects;

/**
 * The most memory that invocations running at the same time had declared during one minute, init phases included:
 * what a fixed fleet of machines would have needed to run the same workload.
 *
 * @param minute the start of the minute (UTC, whole minute)
 * @param megabytes the peak sum of the memory sizes of concurrent invocations
 */
public record ConcurrencyPeak(Instant minute, long megabytes) {
    public ConcurrencyPeak {
        Objects.requireNonNull(minute, "minute");
        if (minute.toEpochMilli() % 60_000 != 0) {
            throw new IllegalArgumentException("not the start of a minute: " + minute);
        }
        if (megabytes < 0) {
            throw new IllegalArgumentException("peak cannot be negative: " + megabytes);
        }
    }
}
