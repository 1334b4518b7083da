package dev.barista.bench;

import java.util.Arrays;

/** Percentiles by the nearest-rank method over a sorted sample: the smallest value with at least p % at or below. */
final class Percentiles {
    private Percentiles() {
    }

    /**
     * @param sorted ascending values, at least one
     * @param percent in (0, 100]
     */
    static long of(long[] sorted, double percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** Sorted copy of the first {@code count} values of each array. */
    static long[] merge(long[][] arrays, int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] merged = new long[total];
        int at = 0;
        for (int i = 0; i < arrays.length; i++) {
            System.arraycopy(arrays[i], 0, merged, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(merged);
        return merged;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
