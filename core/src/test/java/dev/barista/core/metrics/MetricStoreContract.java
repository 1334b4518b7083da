package dev.barista.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link MetricStore} keeps. A store implementation's test extends this class and makes a
 * fresh, empty store for each test.
 */
public abstract class MetricStoreContract {
    private static final Instant MINUTE = Instant.parse("2026-11-22T10:15:00Z");
    private static final MetricSeries LATENCY = new MetricSeries("Shop", "Latency",
            List.of(new Dimension("Operation", "Checkout"), new Dimension("Host", "a")));

    private MetricStore store;

    /** A new, empty store. Called before each test; the subclass closes what it opened after each test. */
    protected abstract MetricStore newStore();

    @BeforeEach
    final void openStore() {
        store = newStore();
    }

    @Test
    void anEmptyStoreHasNoAggregatesAndNoSeries() {
        assertThat(store.read(LATENCY, MINUTE.minusSeconds(3600), MINUTE.plusSeconds(3600))).isEmpty();
        assertThat(store.series(null, null, Instant.EPOCH)).isEmpty();
    }

    @Test
    void anAggregateIsReadBackWithEveryStatistic() {
        store.add(List.of(aggregate(LATENCY, MINUTE, StandardUnit.MILLISECONDS, 3, 7, 7, 12.5)));

        List<MinuteAggregate> read = store.read(LATENCY, MINUTE, MINUTE.plusSeconds(60));

        assertThat(read).singleElement().satisfies(aggregate -> {
            assertThat(aggregate.series()).isEqualTo(LATENCY);
            assertThat(aggregate.minute()).isEqualTo(MINUTE);
            assertThat(aggregate.unit()).isEqualTo(StandardUnit.MILLISECONDS);
            assertThat(aggregate.statistics().sampleCount()).isEqualTo(4);
            assertThat(aggregate.statistics().sum()).isEqualTo(29.5);
            assertThat(aggregate.statistics().minimum()).isEqualTo(3);
            assertThat(aggregate.statistics().maximum()).isEqualTo(12.5);
            assertThat(aggregate.statistics().percentile(50)).hasValue(7);
            assertThat(aggregate.statistics().percentile(100)).hasValue(12.5);
        });
    }

    @Test
    void addingToAStoredMinuteMergesTheSamples() {
        store.add(List.of(aggregate(LATENCY, MINUTE, StandardUnit.MILLISECONDS, 1, 2)));
        store.add(List.of(aggregate(LATENCY, MINUTE, StandardUnit.MILLISECONDS, 10)));

        SampleStatistics merged = store.read(LATENCY, MINUTE, MINUTE.plusSeconds(60)).getFirst().statistics();

        assertThat(merged.sampleCount()).isEqualTo(3);
        assertThat(merged.sum()).isEqualTo(13);
        assertThat(merged.minimum()).isEqualTo(1);
        assertThat(merged.maximum()).isEqualTo(10);
        assertThat(merged.percentile(50)).hasValue(2);
    }

    @Test
    void unitsAreKeptApartWithinAMinute() {
        store.add(List.of(aggregate(LATENCY, MINUTE, StandardUnit.MILLISECONDS, 5),
                aggregate(LATENCY, MINUTE, StandardUnit.SECONDS, 2)));

        assertThat(store.read(LATENCY, MINUTE, MINUTE.plusSeconds(60)))
                .extracting(MinuteAggregate::unit)
                .containsExactlyInAnyOrder(StandardUnit.MILLISECONDS, StandardUnit.SECONDS);
    }

    @Test
    void readingTakesOnlyTheSeriesAndTheMinutesAskedFor() {
        MetricSeries otherHost = new MetricSeries("Shop", "Latency", List.of(new Dimension("Operation", "Checkout")));
        store.add(List.of(aggregate(LATENCY, MINUTE.minusSeconds(60), StandardUnit.NONE, 1),
                aggregate(LATENCY, MINUTE, StandardUnit.NONE, 2),
                aggregate(LATENCY, MINUTE.plusSeconds(60), StandardUnit.NONE, 3),
                aggregate(otherHost, MINUTE, StandardUnit.NONE, 4)));

        assertThat(store.read(LATENCY, MINUTE, MINUTE.plusSeconds(60)))
                .extracting(aggregate -> aggregate.statistics().sum()).containsExactly(2.0);
        assertThat(store.read(LATENCY, MINUTE.minusSeconds(60), MINUTE.plusSeconds(120)))
                .extracting(MinuteAggregate::minute)
                .containsExactly(MINUTE.minusSeconds(60), MINUTE, MINUTE.plusSeconds(60));
    }

    @Test
    void dimensionsInAnyOrderNameTheSameSeries() {
        store.add(List.of(aggregate(LATENCY, MINUTE, StandardUnit.NONE, 1)));
        MetricSeries reordered = new MetricSeries("Shop", "Latency",
                List.of(new Dimension("Host", "a"), new Dimension("Operation", "Checkout")));

        assertThat(store.read(reordered, MINUTE, MINUTE.plusSeconds(60))).hasSize(1);
    }

    @Test
    void seriesAreFoundByNamespaceNameAndActivity() {
        MetricSeries errors = MetricSeries.of("Shop", "Errors");
        MetricSeries lambda = MetricSeries.of("AWS/Lambda", "Invocations", new Dimension("FunctionName", "f"));
        store.add(List.of(aggregate(LATENCY, MINUTE.minusSeconds(600), StandardUnit.NONE, 1),
                aggregate(errors, MINUTE, StandardUnit.COUNT, 1),
                aggregate(lambda, MINUTE, StandardUnit.COUNT, 1)));

        assertThat(store.series(null, null, Instant.EPOCH)).containsExactlyInAnyOrder(LATENCY, errors, lambda);
        assertThat(store.series("Shop", null, Instant.EPOCH)).containsExactlyInAnyOrder(LATENCY, errors);
        assertThat(store.series(null, "Invocations", Instant.EPOCH)).containsExactly(lambda);
        assertThat(store.series("Shop", null, MINUTE)).containsExactly(errors);
    }

    @Test
    void unavailablePercentilesStayUnavailable() {
        SampleStatistics set = new SampleStatistics().addStatisticSet(10, 100, 1, 30);
        store.add(List.of(new MinuteAggregate(LATENCY, MINUTE, StandardUnit.NONE, set)));

        SampleStatistics read = store.read(LATENCY, MINUTE, MINUTE.plusSeconds(60)).getFirst().statistics();

        assertThat(read.sampleCount()).isEqualTo(10);
        assertThat(read.percentile(50)).isEmpty();
    }

    @Test
    void bucketedDistributionsSurviveTheRoundTrip() {
        SampleStatistics many = new SampleStatistics();
        for (int value = 1; value <= 5_000; value++) {
            many.add(value, 1);
        }
        store.add(List.of(new MinuteAggregate(LATENCY, MINUTE, StandardUnit.NONE, many)));

        SampleStatistics read = store.read(LATENCY, MINUTE, MINUTE.plusSeconds(60)).getFirst().statistics();

        assertThat(read.distribution().exact()).isFalse();
        assertThat(read.percentile(90).getAsDouble()).isCloseTo(4_500, org.assertj.core.data.Percentage
                .withPercentage(0.4));
    }

    @Test
    void deletingBeforeACutoffForgetsOlderMinutesAndEmptySeries() {
        MetricSeries old = MetricSeries.of("Shop", "Old");
        store.add(List.of(aggregate(old, MINUTE.minusSeconds(120), StandardUnit.NONE, 1),
                aggregate(LATENCY, MINUTE.minusSeconds(120), StandardUnit.NONE, 1),
                aggregate(LATENCY, MINUTE, StandardUnit.NONE, 2)));

        store.deleteBefore(MINUTE);

        assertThat(store.read(LATENCY, Instant.EPOCH, MINUTE.plusSeconds(60)))
                .extracting(MinuteAggregate::minute).containsExactly(MINUTE);
        assertThat(store.series(null, null, Instant.EPOCH)).containsExactly(LATENCY);
    }

    private static MinuteAggregate aggregate(MetricSeries series, Instant minute, StandardUnit unit,
                                             double... values) {
        SampleStatistics statistics = new SampleStatistics();
        for (double value : values) {
            statistics.add(value, 1);
        }
        return new MinuteAggregate(series, minute, unit, statistics);
    }
}
