package dev.barista.core.metrics;

import java.util.OptionalDouble;

/**
 * What CloudWatch knows about the values of one series in one minute (or a merge of minutes): sample count, sum,
 * minimum, maximum and the {@link Distribution} behind percentiles. Not thread-safe: the owner confines it.
 */
public final class SampleStatistics {
    private double sampleCount;
    private double sum;
    private double minimum = Double.POSITIVE_INFINITY;
    private double maximum = Double.NEGATIVE_INFINITY;
    private final Distribution distribution;

    public SampleStatistics() {
        this(new Distribution());
    }

    private SampleStatistics(Distribution distribution) {
        this.distribution = distribution;
    }

    /** Statistics as a store kept them; {@code distribution} is taken over. */
    public static SampleStatistics restore(double sampleCount, double sum, double minimum, double maximum,
                                           Distribution distribution) {
        SampleStatistics statistics = new SampleStatistics(distribution);
        statistics.sampleCount = sampleCount;
        statistics.sum = sum;
        statistics.minimum = minimum;
        statistics.maximum = maximum;
        return statistics;
    }

    /** {@code count} (positive) occurrences of {@code value}. */
    public SampleStatistics add(double value, double count) {
        sampleCount += count;
        sum += value * count;
        minimum = Math.min(minimum, value);
        maximum = Math.max(maximum, value);
        distribution.add(value, count);
        return this;
    }

    /**
     * A statistic set. Its values are known only when it holds one sample or its minimum equals its maximum; any
     * other set makes percentiles unavailable, as CloudWatch documents.
     */
    public SampleStatistics addStatisticSet(double setCount, double setSum, double setMinimum, double setMaximum) {
        sampleCount += setCount;
        sum += setSum;
        minimum = Math.min(minimum, setMinimum);
        maximum = Math.max(maximum, setMaximum);
        if (setCount == 1) {
            distribution.add(setSum, 1);
        } else if (setMinimum == setMaximum) {
            distribution.add(setMinimum, setCount);
        } else {
            distribution.makeUnavailable();
        }
        return this;
    }

    /** Adds another's samples; the other is left as it was. */
    public SampleStatistics merge(SampleStatistics other) {
        sampleCount += other.sampleCount;
        sum += other.sum;
        minimum = Math.min(minimum, other.minimum);
        maximum = Math.max(maximum, other.maximum);
        distribution.merge(other.distribution);
        return this;
    }

    public SampleStatistics copy() {
        return restore(sampleCount, sum, minimum, maximum, distribution.copy());
    }

    public double sampleCount() {
        return sampleCount;
    }

    public double sum() {
        return sum;
    }

    public double minimum() {
        return minimum;
    }

    public double maximum() {
        return maximum;
    }

    public double average() {
        return sampleCount == 0 ? 0 : sum / sampleCount;
    }

    /** The percentile from 0 to 100, within the true minimum and maximum; empty when unavailable. */
    public OptionalDouble percentile(double percent) {
        OptionalDouble value = distribution.percentile(percent);
        if (value.isEmpty()) {
            return value;
        }
        return OptionalDouble.of(Math.clamp(value.getAsDouble(), minimum, maximum));
    }

    /** The distribution, for a store to keep; callers must not change it. */
    public Distribution distribution() {
        return distribution;
    }
}
