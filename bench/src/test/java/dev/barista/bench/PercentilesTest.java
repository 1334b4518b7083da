package dev.barista.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOverOneHundredValues() {
        long[] values = new long[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        assertThat(Percentiles.of(values, 50)).isEqualTo(50);
        assertThat(Percentiles.of(values, 99)).isEqualTo(99);
        assertThat(Percentiles.of(values, 100)).isEqualTo(100);
        assertThat(Percentiles.of(values, 0.1)).isEqualTo(1);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        assertThat(Percentiles.of(new long[] {7}, 50)).isEqualTo(7);
        assertThat(Percentiles.of(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Percentiles.of(new long[] {1, 2}, 50)).isEqualTo(1);
        assertThat(Percentiles.of(new long[] {1, 2}, 51)).isEqualTo(2);
        assertThat(Percentiles.of(new long[] {1, 2, 3}, 50)).isEqualTo(2);
        // p99 of 10 values is the largest: the 9.9th rank rounds up to the 10th.
        assertThat(Percentiles.of(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 99)).isEqualTo(10);
    }

    @Test
    void mergeSortsTheUsedPartOfEachArray() {
        long[][] arrays = {{5, 1, 99}, {3, 2, 0, 0}};
        assertThat(Percentiles.merge(arrays, new int[] {2, 2})).containsExactly(1, 2, 3, 5);
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertThat(Percentiles.median(new double[] {3, 1, 2})).isEqualTo(2.0);
        assertThat(Percentiles.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void refusesEmptySamplesAndBadPercents() {
        assertThatThrownBy(() -> Percentiles.of(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
