package dev.barista.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetMetricDataTest {
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Metric ORDERS = new Metric("Shop", "Orders", List.of(new Dimension("Host", "a")));
    private static final Metric LATENCY = new Metric("Shop", "Latency", List.of());

    private final MetricService metrics = new MetricService(new InMemoryMetricStore(), Duration.ofDays(15),
            new MutableClock(T0.plus(Duration.ofHours(1))));

    @Test
    void eachQueryAnswersItsStatisticPerPeriodNewestFirst() {
        record(ORDERS, T0, 1, 2);
        record(ORDERS, T0.plusSeconds(60), 5);
        record(LATENCY, T0, 10, 20, 30);

        MetricDataPage page = metrics.getMetricData(request(List.of(query("orders", ORDERS, "Sum"),
                query("latency", LATENCY, "p50")), null, null, null));

        assertThat(page.nextToken()).isNull();
        assertThat(page.results()).containsExactly(
                new MetricDataResult("orders", "Orders", List.of(T0.plusSeconds(60), T0), List.of(5.0, 3.0), true),
                new MetricDataResult("latency", "Latency", List.of(T0), List.of(20.0), true));
    }

    @Test
    void scanByAscendingAnswersOldestFirst() {
        record(ORDERS, T0, 1);
        record(ORDERS, T0.plusSeconds(60), 2);

        MetricDataPage page = metrics.getMetricData(request(List.of(query("orders", ORDERS, "Sum")),
                "TimestampAscending", null, null));

        assertThat(page.results().getFirst().values()).containsExactly(1.0, 2.0);
    }

    @Test
    void maxDatapointsPagesAcrossQueriesInOrder() {
        for (int minute = 0; minute < 3; minute++) {
            record(ORDERS, T0.plusSeconds(60L * minute), minute);
            record(LATENCY, T0.plusSeconds(60L * minute), 10 + minute);
        }
        MetricDataRequest first = request(List.of(query("orders", ORDERS, "Sum"), query("latency", LATENCY, "Sum")),
                "TimestampAscending", null, 4);

        MetricDataPage one = metrics.getMetricData(first);
        MetricDataPage two = metrics.getMetricData(request(first.queries(), "TimestampAscending", one.nextToken(), 4));

        assertThat(one.results()).extracting(MetricDataResult::values)
                .containsExactly(List.of(0.0, 1.0, 2.0), List.of(10.0));
        assertThat(one.results()).extracting(MetricDataResult::complete).containsExactly(true, false);
        assertThat(one.nextToken()).isNotNull();
        assertThat(two.results()).extracting(MetricDataResult::values)
                .containsExactly(List.of(), List.of(11.0, 12.0));
        assertThat(two.results()).extracting(MetricDataResult::complete).containsExactly(true, true);
        assertThat(two.nextToken()).isNull();
    }

    @Test
    void aTokenOfAnotherRequestIsRefused() {
        for (int minute = 0; minute < 3; minute++) {
            record(ORDERS, T0.plusSeconds(60L * minute), minute);
        }
        String token = metrics.getMetricData(request(List.of(query("orders", ORDERS, "Sum")), null, null, 1))
                .nextToken();

        assertRefused(() -> metrics.getMetricData(request(List.of(query("other", ORDERS, "Sum")), null, token, 1)),
                ErrorCode.INVALID_NEXT_TOKEN);
        assertRefused(() -> metrics.getMetricData(request(List.of(query("orders", ORDERS, "Sum")), null, "garbage!",
                1)), ErrorCode.INVALID_NEXT_TOKEN);
    }

    @Test
    void returnDataFalseLeavesTheResultOut() {
        record(ORDERS, T0, 1);

        MetricDataPage page = metrics.getMetricData(request(List.of(query("orders", ORDERS, "Sum"),
                new MetricDataQuery("hidden", new MetricStat(ORDERS, 60, "Sum", null), null, null, false, null)),
                null, null, null));

        assertThat(page.results()).extracting(MetricDataResult::id).containsExactly("orders");
    }

    @Test
    void theLabelIsTheCallersOrTheMetricName() {
        MetricDataPage page = metrics.getMetricData(request(List.of(
                new MetricDataQuery("labelled", new MetricStat(ORDERS, 60, "Sum", null), null, "My orders", null,
                        null), query("plain", ORDERS, "Sum")), null, null, null));

        assertThat(page.results()).extracting(MetricDataResult::label).containsExactly("My orders", "Orders");
    }

    @Test
    void anExpressionComputesFromOtherQueriesAtTheirCommonTimestamps() {
        record(ORDERS, T0, 1, 1, 1, 1);
        record(ORDERS, T0.plusSeconds(60), 1, 1);
        record(ORDERS, T0.plusSeconds(120), 1);
        record(LATENCY, T0, 1);
        record(LATENCY, T0.plusSeconds(60), 0);

        MetricDataPage page = metrics.getMetricData(request(List.of(
                hidden("invocations", ORDERS, "SampleCount"), hidden("errors", LATENCY, "Sum"),
                new MetricDataQuery("rate", null, "100 * errors / invocations", null, null, null),
                new MetricDataQuery("shifted", null, "-(invocations - 1) * 2", "Shifted", null, null)),
                "TimestampAscending", null, null));

        assertThat(page.results()).containsExactly(
                new MetricDataResult("rate", "rate", List.of(T0, T0.plusSeconds(60)), List.of(25.0, 0.0), true),
                new MetricDataResult("shifted", "Shifted", List.of(T0, T0.plusSeconds(60), T0.plusSeconds(120)),
                        List.of(-6.0, -2.0, -0.0), true));
    }

    @Test
    void aDivisionByZeroLeavesNoValue() {
        record(ORDERS, T0, 1);
        record(LATENCY, T0, 0);

        MetricDataPage page = metrics.getMetricData(request(List.of(hidden("a", ORDERS, "Sum"),
                hidden("b", LATENCY, "Sum"), new MetricDataQuery("ratio", null, "a/b", null, null, null)), null, null,
                null));

        assertThat(page.results().getFirst().values()).isEmpty();
    }

    @Test
    void expressionsMayReadOtherExpressions() {
        record(ORDERS, T0, 3);

        MetricDataPage page = metrics.getMetricData(request(List.of(hidden("m", ORDERS, "Sum"),
                new MetricDataQuery("doubled", null, "m*2", null, false, null),
                new MetricDataQuery("plusOne", null, "doubled + 1", null, null, null)), null, null, null));

        assertThat(page.results()).singleElement().satisfies(result -> assertThat(result.values())
                .containsExactly(7.0));
    }

    @Test
    void badExpressionsAreRefused() {
        assertRefused(() -> metrics.getMetricData(request(List.of(new MetricDataQuery("e", null, "missing * 2", null,
                null, null)), null, null, null)), ErrorCode.INVALID_PARAMETER_VALUE);
        assertRefused(() -> metrics.getMetricData(request(List.of(new MetricDataQuery("e", null, "e + 1", null,
                null, null)), null, null, null)), ErrorCode.INVALID_PARAMETER_VALUE);
        assertRefused(() -> metrics.getMetricData(request(List.of(query("m", ORDERS, "Sum"),
                new MetricDataQuery("e", null, "m * (2", null, null, null)), null, null, null)),
                ErrorCode.INVALID_PARAMETER_VALUE);
        assertRefused(() -> metrics.getMetricData(request(List.of(new MetricDataQuery("e", null, "2 * 3", null,
                null, null)), null, null, null)), ErrorCode.INVALID_PARAMETER_VALUE);
    }

    @Test
    void functionsAreNotSupportedYet() {
        assertRefused(() -> metrics.getMetricData(request(List.of(query("m", ORDERS, "Sum"),
                new MetricDataQuery("e", null, "SUM(METRICS())", null, null, null)), null, null, null)),
                ErrorCode.UNSUPPORTED_OPERATION);
    }

    @Test
    void idsAreCheckedAndUnique() {
        assertRefused(() -> metrics.getMetricData(request(List.of(query("Orders", ORDERS, "Sum")), null, null,
                null)), ErrorCode.INVALID_PARAMETER_VALUE);
        assertRefused(() -> metrics.getMetricData(request(List.of(query("a", ORDERS, "Sum"),
                query("a", LATENCY, "Sum")), null, null, null)), ErrorCode.INVALID_PARAMETER_VALUE);
    }

    @Test
    void metricStatAndExpressionExcludeEachOther() {
        assertRefused(() -> metrics.getMetricData(request(List.of(new MetricDataQuery("a",
                new MetricStat(ORDERS, 60, "Sum", null), "a*2", null, null, null)), null, null, null)),
                ErrorCode.INVALID_PARAMETER_COMBINATION);
    }

    @Test
    void anUnknownStatIsRefused() {
        assertRefused(() -> metrics.getMetricData(request(List.of(query("a", ORDERS, "Mean")), null, null, null)),
                ErrorCode.INVALID_PARAMETER_VALUE);
    }

    @Test
    void moreThan500QueriesAreRefused() {
        List<MetricDataQuery> queries = new ArrayList<>();
        for (int index = 0; index < 501; index++) {
            queries.add(query("q" + index, ORDERS, "Sum"));
        }

        assertRefused(() -> metrics.getMetricData(request(queries, null, null, null)),
                ErrorCode.INVALID_PARAMETER_VALUE);
    }

    private void record(Metric metric, Instant at, double... values) {
        for (double value : values) {
            metrics.record(new MetricSeries(metric.namespace(), metric.metricName(), metric.dimensions()), at,
                    StandardUnit.COUNT, value);
        }
    }

    private static MetricDataQuery hidden(String id, Metric metric, String stat) {
        return new MetricDataQuery(id, new MetricStat(metric, 60, stat, null), null, null, false, null);
    }

    private static MetricDataQuery query(String id, Metric metric, String stat) {
        return new MetricDataQuery(id, new MetricStat(metric, 60, stat, null), null, null, null, null);
    }

    private static MetricDataRequest request(List<MetricDataQuery> queries, String scanBy, String token,
                                             Integer maximum) {
        return new MetricDataRequest(queries, T0, T0.plus(Duration.ofHours(1)), token, scanBy, maximum);
    }

    private static void assertRefused(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BaristaException.class,
                exception -> assertThat(exception.code()).isEqualTo(code));
    }
}
