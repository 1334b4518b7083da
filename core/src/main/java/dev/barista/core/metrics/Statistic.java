package dev.barista.core.metrics;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A statistic CloudWatch computes over a period: one of the five standard ones, or a percentile ({@code p99},
 * {@code p99.9}). The other extended statistics (trimmed means, {@code PR}, {@code TC}, ...) are not supported.
 */
public sealed interface Statistic {

    /** The name as requested and answered, such as {@code Sum} or {@code p90}. */
    String name();

    /** The value over the given samples; empty when it cannot be computed (percentiles of unknown values). */
    OptionalDouble of(SampleStatistics statistics);

    /** A standard statistic by its API name, or a percentile {@code p0} to {@code p100}; empty when neither. */
    static Optional<Statistic> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Optional<Statistic> standard = Standard.parse(name);
        return standard.isPresent() ? standard : Percentile.parse(name);
    }

    /** The statistics GetMetricStatistics' {@code Statistics} accepts. */
    enum Standard implements Statistic {
        SAMPLE_COUNT("SampleCount"),
        AVERAGE("Average"),
        SUM("Sum"),
        MINIMUM("Minimum"),
        MAXIMUM("Maximum");

        private final String awsName;

        Standard(String awsName) {
            this.awsName = awsName;
        }

        public String awsName() {
            return awsName;
        }

        @Override
        public OptionalDouble of(SampleStatistics statistics) {
            return OptionalDouble.of(switch (this) {
                case SAMPLE_COUNT -> statistics.sampleCount();
                case AVERAGE -> statistics.average();
                case SUM -> statistics.sum();
                case MINIMUM -> statistics.minimum();
                case MAXIMUM -> statistics.maximum();
            });
        }

        static Optional<Statistic> parse(String name) {
            for (Standard statistic : values()) {
                if (statistic.awsName.equals(name)) {
                    return Optional.of(statistic);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code pNN}: the value below which NN% of the samples fall (nearest rank; see {@link Distribution}). */
    record Percentile(String name, double percent) implements Statistic {
        private static final Pattern SYNTAX = Pattern.compile("p(\\d{1,2}(\\.\\d{1,10})?|100(\\.0{1,10})?)");

        @Override
        public OptionalDouble of(SampleStatistics statistics) {
            return statistics.percentile(percent);
        }

        static Optional<Statistic> parse(String name) {
            if (!SYNTAX.matcher(name).matches()) {
                return Optional.empty();
            }
            return Optional.of(new Percentile(name, Double.parseDouble(name.substring(1))));
        }
    }
}
