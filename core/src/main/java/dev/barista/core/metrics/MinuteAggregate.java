package dev.barista.core.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * The samples of one series, reported with one unit, in one minute: CloudWatch's storage resolution here. The
 * statistics are handed over with the record; whoever holds it owns them.
 *
 * @param minute the start of the minute (whole minutes since the epoch)
 */
public record MinuteAggregate(MetricSeries series, Instant minute, StandardUnit unit, SampleStatistics statistics) {
    public MinuteAggregate {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(minute, "minute");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(statistics, "statistics");
        if (minute.getEpochSecond() % 60 != 0 || minute.getNano() != 0) {
            throw new IllegalArgumentException("not the start of a minute: " + minute);
        }
    }

    /** The start of the minute an instant falls in. */
    public static Instant minuteOf(Instant instant) {
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), 60) * 60);
    }
}
