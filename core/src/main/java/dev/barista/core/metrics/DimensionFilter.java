package dev.barista.core.metrics;

/**
 * ListMetrics' dimension filter: the metric has a dimension of this name and, when {@code value} is given, this
 * value.
 */
public record DimensionFilter(String name, String value) {

    boolean matches(MetricSeries series) {
        return series.dimensions().stream().anyMatch(dimension -> dimension.name().equals(name)
                && (value == null || dimension.value().equals(value)));
    }
}
