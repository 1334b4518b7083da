package dev.barista.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetMetricStatisticsTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final MetricSeries LATENCY = MetricSeries.of("Shop", "Latency", new Dimension("Host", "a"));

    private final MutableClock clock = new MutableClock(T0.plus(Duration.ofHours(1)));
    private final InMemoryMetricStore store = new InMemoryMetricStore();
    private final MetricService metrics = new MetricService(store, Duration.ofDays(15), clock);

    @Test
    void eachPeriodHasItsStatistics() {
        record(LATENCY, T0.plusSeconds(10), 1, 2, 3);
        record(LATENCY, T0.plusSeconds(70), 10);
        record(LATENCY, T0.plusSeconds(310), 100);

        List<Datapoint> datapoints = query(LATENCY, 300, List.of("SampleCount", "Average", "Sum", "Minimum",
                "Maximum"), null, null).datapoints();

        assertThat(datapoints).containsExactly(
                new Datapoint(T0, StandardUnit.MILLISECONDS, 4.0, 4.0, 16.0, 1.0, 10.0, null),
                new Datapoint(T0.plusSeconds(300), StandardUnit.MILLISECONDS, 1.0, 100.0, 100.0, 100.0, 100.0, null));
    }

    @Test
    void onlyTheStatisticsAskedForAreAnswered() {
        record(LATENCY, T0, 5);

        Datapoint datapoint = query(LATENCY, 60, List.of("Sum"), null, null).datapoints().getFirst();

        assertThat(datapoint.sum()).isEqualTo(5);
        assertThat(datapoint.average()).isNull();
        assertThat(datapoint.extendedStatistics()).isNull();
    }

    @Test
    void percentilesComeFromTheValues() {
        for (int value = 1; value <= 100; value++) {
            record(LATENCY, T0.plusSeconds(value % 60), value);
        }

        Datapoint datapoint = query(LATENCY, 60, null, List.of("p50", "p90", "p99", "p99.9"), null)
                .datapoints().getFirst();

        assertThat(datapoint.extendedStatistics())
                .containsExactly(Map.entry("p50", 50.0), Map.entry("p90", 90.0), Map.entry("p99", 99.0),
                        Map.entry("p99.9", 100.0));
        assertThat(datapoint.sum()).isNull();
    }

    @Test
    void flushedAndPendingSamplesAreMerged() {
        record(LATENCY, T0, 1);
        metrics.flush();
        record(LATENCY, T0.plusSeconds(30), 3);

        Datapoint datapoint = query(LATENCY, 60, List.of("Sum", "Maximum"), null, null).datapoints().getFirst();

        assertThat(datapoint.sum()).isEqualTo(4);
        assertThat(datapoint.maximum()).isEqualTo(3);
        assertThat(store.batches()).isEqualTo(1);
    }

    @Test
    void dimensionsMustMatchExactly() {
        record(LATENCY, T0, 1);
        record(MetricSeries.of("Shop", "Latency"), T0, 2);
        record(MetricSeries.of("Shop", "Latency", new Dimension("Host", "a"), new Dimension("Zone", "z")), T0, 4);

        assertThat(query(LATENCY, 60, List.of("Sum"), null, null).datapoints())
                .extracting(Datapoint::sum).containsExactly(1.0);
        assertThat(query(MetricSeries.of("Shop", "Latency"), 60, List.of("Sum"), null, null).datapoints())
                .extracting(Datapoint::sum).containsExactly(2.0);
    }

    @Test
    void eachUnitHasItsOwnDatapointAndTheUnitFilterKeepsOne() {
        record(LATENCY, T0, 1);
        metrics.record(LATENCY, T0, StandardUnit.SECONDS, 2);

        assertThat(query(LATENCY, 60, List.of("Sum"), null, null).datapoints())
                .extracting(Datapoint::unit).containsExactlyInAnyOrder(StandardUnit.MILLISECONDS, StandardUnit.SECONDS);
        assertThat(query(LATENCY, 60, List.of("Sum"), null, "Seconds").datapoints())
                .extracting(Datapoint::sum).containsExactly(2.0);
    }

    @Test
    void theLabelIsTheMetricName() {
        assertThat(query(LATENCY, 60, List.of("Sum"), null, null).label()).isEqualTo("Latency");
    }

    @Test
    void theEndTimeIsExclusiveAndTheStartRoundedDownToTheMinute() {
        record(LATENCY, T0, 1);
        record(LATENCY, T0.plusSeconds(60), 2);

        MetricStatistics answer = metrics.getMetricStatistics(new MetricStatisticsQuery("Shop", "Latency",
                LATENCY.dimensions(), T0.plusSeconds(30), T0.plusSeconds(60), 60, List.of("Sum"), null, null));

        assertThat(answer.datapoints()).singleElement().satisfies(datapoint -> {
            assertThat(datapoint.timestamp()).isEqualTo(T0);
            assertThat(datapoint.sum()).isEqualTo(1);
        });
    }

    @Test
    void statisticsAndExtendedStatisticsExcludeEachOther() {
        assertRefused(() -> query(LATENCY, 60, List.of("Sum"), List.of("p99"), null),
                ErrorCode.INVALID_PARAMETER_COMBINATION,
                "Must specify either Statistics or ExtendedStatistics, but not both.");
        assertRefused(() -> query(LATENCY, 60, null, null, null), ErrorCode.INVALID_PARAMETER_COMBINATION, null);
    }

    @Test
    void unknownStatisticsAreRefused() {
        assertRefused(() -> query(LATENCY, 60, List.of("Median"), null, null), ErrorCode.INVALID_PARAMETER_VALUE,
                "The value Median for parameter Statistics.member.1 is invalid.");
        assertRefused(() -> query(LATENCY, 60, null, List.of("p101"), null), ErrorCode.INVALID_PARAMETER_VALUE,
                "The value p101 for parameter ExtendedStatistics.member.1 is invalid.");
    }

    @Test
    void thePeriodIsAMultipleOfAMinute() {
        assertRefused(() -> query(LATENCY, 90, List.of("Sum"), null, null), ErrorCode.INVALID_PARAMETER_VALUE,
                "The parameter Period must be a multiple of 60.");
        assertRefused(() -> query(LATENCY, null, List.of("Sum"), null, null), ErrorCode.MISSING_PARAMETER,
                "The parameter Period is required.");
    }

    @Test
    void moreThan1440DatapointsAreRefused() {
        assertRefused(() -> metrics.getMetricStatistics(new MetricStatisticsQuery("Shop", "Latency", List.of(),
                        T0, T0.plus(Duration.ofDays(2)), 60, List.of("Sum"), null, null)),
                ErrorCode.INVALID_PARAMETER_COMBINATION, "You have requested up to 2,880 datapoints, which exceeds"
                        + " the limit of 1,440. You may reduce the datapoints requested by increasing Period, or"
                        + " decreasing the time range.");
    }

    @Test
    void theStartTimeMustComeBeforeTheEndTime() {
        assertRefused(() -> metrics.getMetricStatistics(new MetricStatisticsQuery("Shop", "Latency", List.of(),
                        T0, T0, 60, List.of("Sum"), null, null)), ErrorCode.INVALID_PARAMETER_VALUE,
                "The parameter StartTime must be less than the parameter EndTime.");
    }

    @Test
    void expiredMinutesArePurged() {
        record(LATENCY, T0, 1);
        metrics.flush();

        clock.advance(Duration.ofDays(16));
        metrics.purgeExpired();

        assertThat(store.read(LATENCY, Instant.EPOCH, clock.instant())).isEmpty();
    }

    private void record(MetricSeries series, Instant at, double... values) {
        for (double value : values) {
            metrics.record(series, at, StandardUnit.MILLISECONDS, value);
        }
    }

    private MetricStatistics query(MetricSeries series, Integer period, List<String> statistics,
                                   List<String> extended, String unit) {
        return metrics.getMetricStatistics(new MetricStatisticsQuery(series.namespace(), series.metricName(),
                series.dimensions(), T0, T0.plus(Duration.ofHours(1)), period, statistics, extended, unit));
    }

    private static void assertRefused(Runnable call, ErrorCode code, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BaristaException.class, exception -> {
            assertThat(exception.code()).isEqualTo(code);
            if (message != null) {
                assertThat(exception.getMessage()).isEqualTo(message);
            }
        });
    }
}
