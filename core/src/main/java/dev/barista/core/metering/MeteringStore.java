package dev.barista.core.metering;

import java.time.Instant;
import java.util.List;

/**
 * Durable per-minute usage and concurrency peaks (SPI). Thread-safe.
 *
 * <p>Minutes are the unit of every query: a minute belongs to {@code [from, to)} when its start does, so callers
 * pass whole minutes to get exact periods.
 */
public interface MeteringStore {

    /**
     * Adds, in one transaction that is durable when this returns, each usage to what its minute, function, memory
     * size and architecture already have, and raises each minute's recorded peak to the given one if that is
     * higher (a peak never goes down: the meter reports a minute again whenever later invocations raised it).
     */
    void record(List<MinuteUsage> usage, List<ConcurrencyPeak> peaks);

    /** The usage of each function, memory size and architecture over the minutes in {@code [from, to)}. */
    List<FunctionUsage> usage(Instant from, Instant to);

    /** The highest peak of the minutes in {@code [from, to)}, or 0 when none is recorded. */
    long peakConcurrentMegabytes(Instant from, Instant to);
}
