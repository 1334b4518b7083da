package dev.barista.core.metrics;

/**
 * A name/value pair that is part of a metric's identity. As a request gives it, either part may be missing; the
 * metric service refuses such a dimension before it reaches a {@link MetricSeries}.
 */
public record Dimension(String name, String value) {
}
