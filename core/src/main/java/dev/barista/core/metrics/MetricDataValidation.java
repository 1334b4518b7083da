package dev.barista.core.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * PutMetricData's checks and limits, as CloudWatch applies them, turning a command into samples to record. The
 * whole request is checked before anything is recorded: a request is accepted entirely or refused.
 */
final class MetricDataValidation {
    static final int MAXIMUM_METRIC_DATA = 1_000;
    static final int MAXIMUM_DIMENSIONS = 30;
    static final int MAXIMUM_VALUES = 150;
    static final Duration OLDEST_TIMESTAMP = Duration.ofDays(14);
    static final Duration NEWEST_TIMESTAMP = Duration.ofHours(2);
    /** CloudWatch refuses values beyond 2^360 in magnitude, and non-zero ones below 2^-260. */
    private static final double LARGEST = Math.scalb(1.0, 360);
    private static final double SMALLEST = Math.scalb(1.0, -260);

    private MetricDataValidation() {
    }

    /** Samples to record, one per datum; {@code samples} is null when the datum's counts are all zero. */
    record Accepted(MetricSeries series, Instant timestamp, StandardUnit unit, Consumer<SampleStatistics> samples) {
    }

    static List<Accepted> validate(PutMetricDataCommand command, Instant now) {
        String namespace = MetricErrors.requireText(command.namespace(), "Namespace", 255);
        if (namespace.startsWith(":") || namespace.startsWith("AWS/")) {
            // AWS/ namespaces belong to AWS's own services.
            throw MetricErrors.invalid(namespace, "Namespace");
        }
        List<MetricDatum> data = command.metricData();
        if (data == null || data.isEmpty()) {
            throw MetricErrors.missing("MetricData");
        }
        if (data.size() > MAXIMUM_METRIC_DATA) {
            throw MetricErrors.tooMany("MetricData", MAXIMUM_METRIC_DATA);
        }
        List<Accepted> accepted = new ArrayList<>(data.size());
        for (int index = 0; index < data.size(); index++) {
            accepted.add(datum(namespace, data.get(index), "MetricData.member." + (index + 1), now));
        }
        return accepted;
    }

    /** The dimensions of a metric, checked, as the given parameter names them. */
    static List<Dimension> dimensions(List<Dimension> dimensions, String parameter) {
        if (dimensions == null) {
            return List.of();
        }
        if (dimensions.size() > MAXIMUM_DIMENSIONS) {
            throw MetricErrors.tooMany(parameter, MAXIMUM_DIMENSIONS);
        }
        Set<String> names = new HashSet<>();
        for (int index = 0; index < dimensions.size(); index++) {
            String member = parameter + ".member." + (index + 1);
            Dimension dimension = dimensions.get(index);
            String name = MetricErrors.requireText(dimension.name(), member + ".Name", 255);
            MetricErrors.requireText(dimension.value(), member + ".Value", 1024);
            if (!names.add(name)) {
                throw MetricErrors.invalid("The parameter " + parameter + " must not contain two dimensions named "
                        + name + ".");
            }
        }
        return dimensions;
    }

    private static Accepted datum(String namespace, MetricDatum datum, String prefix, Instant now) {
        String metricName = MetricErrors.requireText(datum.metricName(), prefix + ".MetricName", 255);
        MetricSeries series = new MetricSeries(namespace, metricName,
                dimensions(datum.dimensions(), prefix + ".Dimensions"));
        StandardUnit unit = datum.unit() == null ? StandardUnit.NONE : StandardUnit.fromAwsName(datum.unit())
                .orElseThrow(() -> MetricErrors.invalid(datum.unit(), prefix + ".Unit"));
        if (datum.storageResolution() != null && datum.storageResolution() != 1 && datum.storageResolution() != 60) {
            throw MetricErrors.invalid(datum.storageResolution(), prefix + ".StorageResolution");
        }
        Instant timestamp = datum.timestamp() == null ? now : datum.timestamp();
        if (timestamp.isBefore(now.minus(OLDEST_TIMESTAMP)) || timestamp.isAfter(now.plus(NEWEST_TIMESTAMP))) {
            throw MetricErrors.invalid("The parameter " + prefix + ".Timestamp must specify a time no more than two"
                    + " weeks in the past and no more than two hours in the future.");
        }
        return new Accepted(series, timestamp, unit, samples(datum, prefix));
    }

    private static Consumer<SampleStatistics> samples(MetricDatum datum, String prefix) {
        boolean hasValues = datum.values() != null && !datum.values().isEmpty();
        int given = (datum.value() != null ? 1 : 0) + (datum.statisticValues() != null ? 1 : 0) + (hasValues ? 1 : 0);
        if (given != 1) {
            throw MetricErrors.combination("The parameters " + prefix + ".Value, " + prefix + ".StatisticValues and "
                    + prefix + ".Values are mutually exclusive, and one of them must be specified.");
        }
        if (datum.value() != null) {
            double value = value(datum.value(), prefix + ".Value");
            return statistics -> statistics.add(value, 1);
        }
        if (datum.statisticValues() != null) {
            return statisticSet(datum.statisticValues(), prefix + ".StatisticValues");
        }
        return values(datum.values(), datum.counts(), prefix);
    }

    private static Consumer<SampleStatistics> statisticSet(StatisticSet set, String prefix) {
        double sampleCount = value(required(set.sampleCount(), prefix + ".SampleCount"), prefix + ".SampleCount");
        double sum = value(required(set.sum(), prefix + ".Sum"), prefix + ".Sum");
        double minimum = value(required(set.minimum(), prefix + ".Minimum"), prefix + ".Minimum");
        double maximum = value(required(set.maximum(), prefix + ".Maximum"), prefix + ".Maximum");
        if (sampleCount <= 0) {
            throw MetricErrors.invalid(set.sampleCount(), prefix + ".SampleCount");
        }
        if (minimum > maximum) {
            throw MetricErrors.invalid("The parameter " + prefix + ".Minimum must not be greater than " + prefix
                    + ".Maximum.");
        }
        return statistics -> statistics.addStatisticSet(sampleCount, sum, minimum, maximum);
    }

    private static Consumer<SampleStatistics> values(List<Double> values, List<Double> counts, String prefix) {
        if (values.size() > MAXIMUM_VALUES) {
            throw MetricErrors.tooMany(prefix + ".Values", MAXIMUM_VALUES);
        }
        if (counts != null && !counts.isEmpty() && counts.size() != values.size()) {
            throw MetricErrors.combination("The parameters " + prefix + ".Values and " + prefix
                    + ".Counts must be of the same size.");
        }
        double[] checkedValues = new double[values.size()];
        double[] checkedCounts = new double[values.size()];
        for (int index = 0; index < values.size(); index++) {
            checkedValues[index] = value(values.get(index), prefix + ".Values.member." + (index + 1));
            if (counts == null || counts.isEmpty()) {
                checkedCounts[index] = 1;
            } else {
                String parameter = prefix + ".Counts.member." + (index + 1);
                checkedCounts[index] = value(counts.get(index), parameter);
                if (checkedCounts[index] < 0) {
                    throw MetricErrors.invalid(counts.get(index), parameter);
                }
            }
        }
        if (java.util.Arrays.stream(checkedCounts).allMatch(count -> count == 0)) {
            // Nothing occurred: the datum is accepted and records nothing.
            return null;
        }
        return statistics -> {
            for (int index = 0; index < checkedValues.length; index++) {
                if (checkedCounts[index] > 0) {
                    statistics.add(checkedValues[index], checkedCounts[index]);
                }
            }
        };
    }

    private static Double required(Double value, String parameter) {
        if (value == null) {
            throw MetricErrors.missing(parameter);
        }
        return value;
    }

    private static double value(Double value, String parameter) {
        if (value == null) {
            throw MetricErrors.missing(parameter);
        }
        double magnitude = Math.abs(value);
        if (Double.isNaN(value) || magnitude > LARGEST || (magnitude != 0 && magnitude < SMALLEST)) {
            throw MetricErrors.invalid(value, parameter);
        }
        return value;
    }
}
