package dev.barista.core.metrics;

import java.time.Instant;

/** Checks shared by the metric queries. */
final class Queries {

    private Queries() {
    }

    /** A unit filter: null when none was given. */
    static StandardUnit unit(String unit, String parameter) {
        return unit == null ? null : StandardUnit.fromAwsName(unit)
                .orElseThrow(() -> MetricErrors.invalid(unit, parameter));
    }

    /**
     * The periods of a query. Barista keeps one-minute data only, so a period must be a multiple of 60 seconds
     * (CloudWatch also accepts 1, 5, 10 and 30 for high-resolution metrics).
     */
    static PeriodGrid grid(Instant startTime, Instant endTime, Integer period, String periodParameter) {
        if (startTime == null) {
            throw MetricErrors.missing("StartTime");
        }
        if (endTime == null) {
            throw MetricErrors.missing("EndTime");
        }
        period(period, periodParameter);
        if (!startTime.isBefore(endTime)) {
            throw MetricErrors.invalid("The parameter StartTime must be less than the parameter EndTime.");
        }
        return PeriodGrid.of(startTime, endTime, period);
    }

    static int period(Integer period, String parameter) {
        if (period == null) {
            throw MetricErrors.missing(parameter);
        }
        if (period < 1) {
            throw MetricErrors.invalid(period, parameter);
        }
        if (period % 60 != 0) {
            throw MetricErrors.invalid("The parameter " + parameter + " must be a multiple of 60.");
        }
        return period;
    }
}
