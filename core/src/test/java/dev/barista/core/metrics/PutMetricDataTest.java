package dev.barista.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PutMetricDataTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final MetricService metrics = new MetricService(new InMemoryMetricStore(), Duration.ofDays(15), clock);

    @Test
    void valuesValueAndStatisticSetsAllCount() {
        metrics.putMetricData(new PutMetricDataCommand("Shop", List.of(
                datum("Latency", 10.0, null, null, null),
                datum("Latency", null, new StatisticSet(2.0, 50.0, 20.0, 30.0), null, null),
                datum("Latency", null, null, List.of(1.0, 2.0), List.of(3.0, 1.0)))));

        Datapoint datapoint = sum("Latency").getFirst();

        assertThat(datapoint.sampleCount()).isEqualTo(7);
        assertThat(datapoint.sum()).isEqualTo(10 + 50 + 3 + 2);
        assertThat(datapoint.minimum()).isEqualTo(1);
        assertThat(datapoint.maximum()).isEqualTo(30);
    }

    @Test
    void aDatumWithoutTimestampCountsNow() {
        metrics.putMetricData(new PutMetricDataCommand("Shop", List.of(datum("Orders", 1.0, null, null, null))));

        assertThat(sum("Orders")).singleElement().satisfies(datapoint ->
                assertThat(datapoint.timestamp()).isEqualTo(Instant.parse("2026-11-22T10:15:00Z")));
    }

    @Test
    void theUnitIsKeptAndNoneByDefault() {
        metrics.putMetricData(new PutMetricDataCommand("Shop", List.of(
                new MetricDatum("Bytes", null, null, 5.0, null, null, null, "Bytes/Second", null),
                datum("Bare", 1.0, null, null, null))));

        assertThat(sum("Bytes").getFirst().unit()).isEqualTo(StandardUnit.BYTES_PER_SECOND);
        assertThat(sum("Bare").getFirst().unit()).isEqualTo(StandardUnit.NONE);
    }

    @Test
    void anAwsNamespaceIsRefused() {
        assertRefused(new PutMetricDataCommand("AWS/Lambda", List.of(datum("Invocations", 1.0, null, null, null))),
                ErrorCode.INVALID_PARAMETER_VALUE, "The value AWS/Lambda for parameter Namespace is invalid.");
    }

    @Test
    void missingMembersAreNamedAsTheQueryApiNamesThem() {
        assertRefused(new PutMetricDataCommand(null, List.of(datum("A", 1.0, null, null, null))),
                ErrorCode.MISSING_PARAMETER, "The parameter Namespace is required.");
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", 1.0, null, null, null),
                        datum(null, 1.0, null, null, null))),
                ErrorCode.MISSING_PARAMETER, "The parameter MetricData.member.2.MetricName is required.");
        assertRefused(new PutMetricDataCommand("Shop", List.of(new MetricDatum("A",
                        List.of(new Dimension("Host", null)), null, 1.0, null, null, null, null, null))),
                ErrorCode.MISSING_PARAMETER,
                "The parameter MetricData.member.1.Dimensions.member.1.Value is required.");
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", null,
                        new StatisticSet(1.0, null, 1.0, 1.0), null, null))),
                ErrorCode.MISSING_PARAMETER, "The parameter MetricData.member.1.StatisticValues.Sum is required.");
    }

    @Test
    void exactlyOneKindOfValueIsAccepted() {
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", 1.0, null, List.of(1.0), null))),
                ErrorCode.INVALID_PARAMETER_COMBINATION, "The parameters MetricData.member.1.Value,"
                        + " MetricData.member.1.StatisticValues and MetricData.member.1.Values are mutually exclusive,"
                        + " and one of them must be specified.");
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", null, null, null, null))),
                ErrorCode.INVALID_PARAMETER_COMBINATION, null);
    }

    @Test
    void valuesAndCountsMustMatchInSize() {
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", null, null, List.of(1.0, 2.0),
                        List.of(1.0)))), ErrorCode.INVALID_PARAMETER_COMBINATION,
                "The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.");
    }

    @Test
    void valuesOutsideCloudWatchsRangeAreRefused() {
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", Double.NaN, null, null, null))),
                ErrorCode.INVALID_PARAMETER_VALUE, "The value NaN for parameter MetricData.member.1.Value is invalid.");
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", 1e200, null, null, null))),
                ErrorCode.INVALID_PARAMETER_VALUE, null);
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", 1e-100, null, null, null))),
                ErrorCode.INVALID_PARAMETER_VALUE, null);
    }

    @Test
    void limitsOnCollectionsAreCloudWatchs() {
        assertRefused(new PutMetricDataCommand("Shop", Collections.nCopies(1_001, datum("A", 1.0, null, null, null))),
                ErrorCode.INVALID_PARAMETER_VALUE, "The collection MetricData must not have a size greater than 1000.");
        assertRefused(new PutMetricDataCommand("Shop", List.of(datum("A", null, null,
                        Collections.nCopies(151, 1.0), null))), ErrorCode.INVALID_PARAMETER_VALUE,
                "The collection MetricData.member.1.Values must not have a size greater than 150.");
    }

    @Test
    void anUnknownUnitOrResolutionIsRefused() {
        assertRefused(new PutMetricDataCommand("Shop", List.of(new MetricDatum("A", null, null, 1.0, null, null, null,
                        "Furlongs", null))), ErrorCode.INVALID_PARAMETER_VALUE,
                "The value Furlongs for parameter MetricData.member.1.Unit is invalid.");
        assertRefused(new PutMetricDataCommand("Shop", List.of(new MetricDatum("A", null, null, 1.0, null, null, null,
                        null, 5))), ErrorCode.INVALID_PARAMETER_VALUE, null);
    }

    @Test
    void timestampsMoreThanTwoWeeksOldOrTwoHoursAheadAreRefused() {
        assertRefused(new PutMetricDataCommand("Shop", List.of(new MetricDatum("A", null,
                NOW.minus(Duration.ofDays(15)), 1.0, null, null, null, null, null))),
                ErrorCode.INVALID_PARAMETER_VALUE, null);
        assertRefused(new PutMetricDataCommand("Shop", List.of(new MetricDatum("A", null,
                NOW.plus(Duration.ofHours(3)), 1.0, null, null, null, null, null))),
                ErrorCode.INVALID_PARAMETER_VALUE, null);
    }

    @Test
    void aRefusedRequestRecordsNothing() {
        PutMetricDataCommand command = new PutMetricDataCommand("Shop", List.of(datum("Good", 1.0, null, null, null),
                datum("Bad", Double.POSITIVE_INFINITY, null, null, null)));

        assertThatThrownBy(() -> metrics.putMetricData(command)).isInstanceOf(BaristaException.class);

        assertThat(sum("Good")).isEmpty();
    }

    @Test
    void duplicateDimensionNamesAreRefused() {
        assertRefused(new PutMetricDataCommand("Shop", List.of(new MetricDatum("A",
                        List.of(new Dimension("Host", "a"), new Dimension("Host", "b")), null, 1.0, null, null, null,
                        null, null))), ErrorCode.INVALID_PARAMETER_VALUE, null);
    }

    private List<Datapoint> sum(String metricName) {
        return metrics.getMetricStatistics(new MetricStatisticsQuery("Shop", metricName, List.of(),
                NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)), 3600,
                List.of("Sum", "SampleCount", "Minimum", "Maximum"), null, null)).datapoints();
    }

    private void assertRefused(PutMetricDataCommand command, ErrorCode code, String message) {
        assertThatThrownBy(() -> metrics.putMetricData(command)).isInstanceOfSatisfying(BaristaException.class,
                exception -> {
                    assertThat(exception.code()).isEqualTo(code);
                    if (message != null) {
                        assertThat(exception.getMessage()).isEqualTo(message);
                    }
                });
    }

    static MetricDatum datum(String name, Double value, StatisticSet set, List<Double> values, List<Double> counts) {
        return new MetricDatum(name, null, null, value, set, values, counts, null, null);
    }
}
