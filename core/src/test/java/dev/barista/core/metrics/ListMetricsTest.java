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

class ListMetricsTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final MetricSeries ORDERS_A = MetricSeries.of("Shop", "Orders", new Dimension("Host", "a"));
    private static final MetricSeries ORDERS_B = MetricSeries.of("Shop", "Orders", new Dimension("Host", "b"));
    private static final MetricSeries LATENCY = MetricSeries.of("Shop", "Latency");
    private static final MetricSeries INVOCATIONS = MetricSeries.of("AWS/Lambda", "Invocations",
            new Dimension("FunctionName", "f"));

    private final MutableClock clock = new MutableClock(NOW);
    private final MetricService metrics = new MetricService(new InMemoryMetricStore(), Duration.ofDays(15), clock);

    @Test
    void everyMetricIsListedSortedByNamespaceNameAndDimensions() {
        record(ORDERS_B, ORDERS_A, LATENCY, INVOCATIONS);

        assertThat(list(null, null, null).metrics()).containsExactly(INVOCATIONS, LATENCY, ORDERS_A, ORDERS_B);
    }

    @Test
    void namespaceNameAndDimensionFiltersNarrowTheList() {
        record(ORDERS_B, ORDERS_A, LATENCY, INVOCATIONS);

        assertThat(list("Shop", null, null).metrics()).containsExactly(LATENCY, ORDERS_A, ORDERS_B);
        assertThat(list(null, "Orders", null).metrics()).containsExactly(ORDERS_A, ORDERS_B);
        assertThat(list(null, null, List.of(new DimensionFilter("Host", null))).metrics())
                .containsExactly(ORDERS_A, ORDERS_B);
        assertThat(list(null, null, List.of(new DimensionFilter("Host", "b"))).metrics()).containsExactly(ORDERS_B);
    }

    @Test
    void metricsFlushedToTheStoreAreListedToo() {
        record(ORDERS_A);
        metrics.flush();
        record(LATENCY);

        assertThat(list(null, null, null).metrics()).containsExactly(LATENCY, ORDERS_A);
    }

    @Test
    void recentlyActiveKeepsTheLastThreeHours() {
        metrics.record(ORDERS_A, NOW.minus(Duration.ofHours(4)), StandardUnit.NONE, 1);
        record(LATENCY);

        assertThat(metrics.listMetrics(new ListMetricsQuery(null, null, null, null, "PT3H")).metrics())
                .containsExactly(LATENCY);
        assertThat(list(null, null, null).metrics()).containsExactly(LATENCY, ORDERS_A);
    }

    @Test
    void onlyPt3hIsARecentlyActiveValue() {
        assertThatThrownBy(() -> metrics.listMetrics(new ListMetricsQuery(null, null, null, null, "PT1H")))
                .isInstanceOfSatisfying(BaristaException.class,
                        exception -> assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE));
    }

    @Test
    void pagesHold500MetricsAndTheTokenContinues() {
        List<MetricSeries> many = new ArrayList<>();
        for (int index = 0; index < 501; index++) {
            many.add(MetricSeries.of("Shop", String.format("Metric%04d", index)));
        }
        record(many.toArray(MetricSeries[]::new));

        MetricListing first = list(null, null, null);
        MetricListing second = metrics.listMetrics(new ListMetricsQuery(null, null, null, first.nextToken(), null));

        assertThat(first.metrics()).hasSize(500).first().isEqualTo(many.getFirst());
        assertThat(second.metrics()).containsExactly(many.getLast());
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void aForeignTokenIsRefused() {
        assertThatThrownBy(() -> metrics.listMetrics(new ListMetricsQuery(null, null, null, "bm90LW91cnM", null)))
                .isInstanceOfSatisfying(BaristaException.class,
                        exception -> assertThat(exception.code()).isEqualTo(ErrorCode.INVALID_NEXT_TOKEN));
    }

    private void record(MetricSeries... series) {
        for (MetricSeries one : series) {
            metrics.record(one, NOW, StandardUnit.NONE, 1);
        }
    }

    private MetricListing list(String namespace, String metricName, List<DimensionFilter> filters) {
        return metrics.listMetrics(new ListMetricsQuery(namespace, metricName, filters, null, null));
    }
}
