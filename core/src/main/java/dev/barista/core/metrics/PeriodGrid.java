package dev.barista.core.metrics;

import java.time.Instant;

/**
 * The periods a query asks for: from the start time rounded down to the minute (as CloudWatch rounds start times
 * within the last 15 days), one every {@code periodSeconds}, up to the exclusive end time. A minute aggregate
 * belongs to the period its minute starts in.
 */
record PeriodGrid(Instant start, Instant end, int periodSeconds) {

    static PeriodGrid of(Instant startTime, Instant endTime, int periodSeconds) {
        return new PeriodGrid(MinuteAggregate.minuteOf(startTime), endTime, periodSeconds);
    }

    /** How many periods the grid holds, at most one datapoint each (per unit). */
    long periods() {
        long seconds = end.getEpochSecond() - start.getEpochSecond() + (end.getNano() > 0 ? 1 : 0);
        return Math.max(0, (seconds + periodSeconds - 1) / periodSeconds);
    }

    /** The start of the period a minute falls in. */
    Instant periodOf(Instant minute) {
        long offset = minute.getEpochSecond() - start.getEpochSecond();
        return start.plusSeconds(offset - Math.floorMod(offset, periodSeconds));
    }
}
