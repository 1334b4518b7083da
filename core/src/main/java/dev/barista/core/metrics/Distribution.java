package dev.barista.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The values seen in one minute of a series (or in several minutes merged), kept so that percentiles are
 * computed from the data and not estimated from a summary.
 *
 * <p>Precision: the distribution is <b>exact</b> while it holds at most {@value #EXACT_LIMIT} distinct values.
 * Beyond that it switches, for good, to logarithmic buckets whose bounds grow by a factor of 1 + 1/128: a
 * percentile is then the middle of its bucket (clamped by the caller to the true minimum and maximum), within
 * 0.4% of the exact sample value. Zero has its own bucket.
 *
 * <p>As in CloudWatch, percentiles exist only for non-negative values: one negative value, or a statistic set
 * whose values are unknown, makes them {@linkplain #available() unavailable} for the distribution and every merge
 * it takes part in. A percentile p is the smallest value whose cumulative count reaches p% of the total count
 * (the nearest-rank method); counts may be fractional, as CloudWatch's {@code Counts} are.
 *
 * <p>Not thread-safe.
 */
public final class Distribution {
    /** Distinct values kept exactly before the distribution switches to buckets. */
    public static final int EXACT_LIMIT = 1_000;
    private static final double LOG_BUCKET_WIDTH = Math.log1p(1.0 / 128);
    private static final int ZERO_BUCKET = Integer.MIN_VALUE;

    private boolean available = true;
    private boolean exact = true;
    /** Value to count while exact. */
    private final TreeMap<Double, Double> values = new TreeMap<>();
    /** Bucket index to count once bucketed. */
    private final TreeMap<Integer, Double> buckets = new TreeMap<>();

    /** Adds {@code count} occurrences (positive) of a value. */
    public void add(double value, double count) {
        if (!available) {
            return;
        }
        if (value < 0) {
            makeUnavailable();
            return;
        }
        if (exact) {
            values.merge(value, count, Double::sum);
            if (values.size() > EXACT_LIMIT) {
                switchToBuckets();
            }
        } else {
            buckets.merge(bucketOf(value), count, Double::sum);
        }
    }

    /** Forgets every value: percentiles can no longer be computed. */
    public void makeUnavailable() {
        available = false;
        exact = false;
        values.clear();
        buckets.clear();
    }

    /** Adds every value of another distribution, which is left as it was. */
    public void merge(Distribution other) {
        if (!other.available) {
            makeUnavailable();
            return;
        }
        if (!available) {
            return;
        }
        if (other.exact) {
            other.values.forEach(this::add);
            return;
        }
        if (exact) {
            switchToBuckets();
        }
        other.buckets.forEach((bucket, count) -> buckets.merge(bucket, count, Double::sum));
    }

    public Distribution copy() {
        Distribution copy = new Distribution();
        copy.merge(this);
        return copy;
    }

    public boolean available() {
        return available;
    }

    public boolean exact() {
        return exact;
    }

    /**
     * The percentile ({@code percent} from 0 to 100), or empty when unavailable or empty. A bucketed
     * distribution answers the middle of the bucket; callers clamp it to the known minimum and maximum.
     */
    public OptionalDouble percentile(double percent) {
        NavigableMap<? extends Number, Double> counts = exact ? values : buckets;
        if (!available || counts.isEmpty()) {
            return OptionalDouble.empty();
        }
        double total = 0;
        for (double count : counts.values()) {
            total += count;
        }
        // Nearest rank, with a tolerance for the rounding of fractional counts.
        double target = percent / 100 * total * (1 - 1e-12);
        double cumulative = 0;
        Number last = counts.lastKey();
        for (Map.Entry<? extends Number, Double> entry : counts.entrySet()) {
            cumulative += entry.getValue();
            if (cumulative >= target) {
                last = entry.getKey();
                break;
            }
        }
        return OptionalDouble.of(exact ? last.doubleValue() : valueOf(last.intValue()));
    }

    /**
     * The content, for a store to keep: while exact, each distinct value with its count; once bucketed, each
     * bucket index (as a double) with its count. Empty when unavailable.
     */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        if (exact) {
            values.forEach((value, count) -> entries.add(new Entry(value, count)));
        } else {
            buckets.forEach((bucket, count) -> entries.add(new Entry(bucket, count)));
        }
        return entries;
    }

    /** A distribution from what {@link #available()}, {@link #exact()} and {@link #entries()} answered. */
    public static Distribution restore(boolean available, boolean exact, List<Entry> entries) {
        Distribution distribution = new Distribution();
        if (!available) {
            distribution.makeUnavailable();
            return distribution;
        }
        distribution.exact = exact;
        for (Entry entry : entries) {
            if (exact) {
                distribution.values.merge(entry.key(), entry.count(), Double::sum);
            } else {
                distribution.buckets.merge((int) entry.key(), entry.count(), Double::sum);
            }
        }
        return distribution;
    }

    private void switchToBuckets() {
        exact = false;
        values.forEach((value, count) -> buckets.merge(bucketOf(value), count, Double::sum));
        values.clear();
    }

    private static int bucketOf(double value) {
        return value == 0 ? ZERO_BUCKET : (int) Math.floor(Math.log(value) / LOG_BUCKET_WIDTH);
    }

    private static double valueOf(int bucket) {
        return bucket == ZERO_BUCKET ? 0 : Math.exp((bucket + 0.5) * LOG_BUCKET_WIDTH);
    }

    /** A value (or bucket index) and how often it occurred. */
    public record Entry(double key, double count) {
    }
}
