package dev.barista.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void percentilesAreNearestRankOverExactValues() {
        SampleStatistics statistics = values(10, 20, 30, 40, 50, 60, 70, 80, 90, 100);

        assertThat(statistics.percentile(50)).hasValue(50);
        assertThat(statistics.percentile(90)).hasValue(90);
        assertThat(statistics.percentile(99)).hasValue(100);
        assertThat(statistics.percentile(0)).hasValue(10);
        assertThat(statistics.percentile(100)).hasValue(100);
        assertThat(statistics.percentile(10.5)).hasValue(20);
    }

    @Test
    void countsWeighTheirValues() {
        SampleStatistics statistics = new SampleStatistics().add(1, 98).add(500, 2);

        assertThat(statistics.percentile(98)).hasValue(1);
        assertThat(statistics.percentile(99)).hasValue(500);
        assertThat(statistics.sampleCount()).isEqualTo(100);
        assertThat(statistics.average()).isEqualTo(10.98);
    }

    @Test
    void beyondTheExactLimitPercentilesStayWithinTheDocumentedPrecision() {
        SampleStatistics statistics = new SampleStatistics();
        for (int value = 1; value <= 100_000; value++) {
            statistics.add(value / 7.0, 1);
        }

        assertThat(statistics.distribution().exact()).isFalse();
        assertThat(statistics.percentile(50).getAsDouble()).isCloseTo(50_000 / 7.0, Percentage.withPercentage(0.4));
        assertThat(statistics.percentile(99).getAsDouble()).isCloseTo(99_000 / 7.0, Percentage.withPercentage(0.4));
        assertThat(statistics.percentile(100)).hasValue(100_000 / 7.0);
        assertThat(statistics.percentile(0)).hasValue(1 / 7.0);
    }

    @Test
    void upToTheLimitTheDistributionStaysExact() {
        SampleStatistics statistics = new SampleStatistics();
        for (int value = 1; value <= Distribution.EXACT_LIMIT; value++) {
            statistics.add(value, 3);
        }

        assertThat(statistics.distribution().exact()).isTrue();
        assertThat(statistics.percentile(50)).hasValue(500);
    }

    @Test
    void aNegativeValueMakesPercentilesUnavailable() {
        SampleStatistics statistics = values(1, 2, -3);

        assertThat(statistics.percentile(50)).isEmpty();
        assertThat(statistics.minimum()).isEqualTo(-3);
    }

    @Test
    void aStatisticSetOfUnknownValuesMakesPercentilesUnavailable() {
        SampleStatistics statistics = values(5).addStatisticSet(3, 30, 5, 15);

        assertThat(statistics.percentile(50)).isEmpty();
        assertThat(statistics.sampleCount()).isEqualTo(4);
    }

    @Test
    void aStatisticSetOfOneSampleOrEqualBoundsKeepsPercentiles() {
        SampleStatistics statistics = new SampleStatistics().addStatisticSet(1, 7, 7, 7).addStatisticSet(4, 8, 2, 2);

        assertThat(statistics.percentile(50)).hasValue(2);
        assertThat(statistics.percentile(100)).hasValue(7);
    }

    @Test
    void mergingKeepsBothSidesAndLeavesTheOtherUnchanged() {
        SampleStatistics left = values(1, 2);
        SampleStatistics right = values(3, 4);

        left.merge(right);

        assertThat(left.percentile(75)).hasValue(3);
        assertThat(left.sampleCount()).isEqualTo(4);
        assertThat(right.sampleCount()).isEqualTo(2);
        assertThat(right.percentile(100)).hasValue(4);
    }

    @Test
    void mergingAnUnavailableDistributionMakesTheResultUnavailable() {
        SampleStatistics left = values(1, 2);

        left.merge(values(-1));

        assertThat(left.percentile(50)).isEmpty();
    }

    @Test
    void aRestoredDistributionAnswersTheSame() {
        SampleStatistics original = new SampleStatistics();
        for (int value = 0; value < 3_000; value++) {
            original.add(value, 1);
        }
        Distribution distribution = original.distribution();

        Distribution restored = Distribution.restore(distribution.available(), distribution.exact(),
                distribution.entries());

        assertThat(restored.percentile(37)).isEqualTo(distribution.percentile(37));
        assertThat(restored.percentile(0)).hasValue(0);
    }

    private static SampleStatistics values(double... values) {
        SampleStatistics statistics = new SampleStatistics();
        for (double value : values) {
            statistics.add(value, 1);
        }
        return statistics;
    }
}
