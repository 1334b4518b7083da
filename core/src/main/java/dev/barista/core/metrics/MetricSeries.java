package dev.barista.core.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One metric as CloudWatch identifies it: namespace, name and exact set of dimensions. The order in which a request
 * names dimensions does not matter: they are kept sorted by name, so equal sets make equal series.
 */
public record MetricSeries(String namespace, String metricName, List<Dimension> dimensions) {
    private static final Comparator<Dimension> BY_NAME = Comparator.comparing(Dimension::name);

    public MetricSeries {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(metricName, "metricName");
        List<Dimension> sorted = new ArrayList<>(dimensions);
        for (Dimension dimension : sorted) {
            Objects.requireNonNull(dimension.name(), "dimension name");
            Objects.requireNonNull(dimension.value(), "dimension value");
        }
        sorted.sort(BY_NAME);
        dimensions = List.copyOf(sorted);
    }

    public static MetricSeries of(String namespace, String metricName, Dimension... dimensions) {
        return new MetricSeries(namespace, metricName, List.of(dimensions));
    }

    /**
     * A total order for listing: namespace, then name, then dimensions; stable across restarts, so that it can
     * serve as a paging position.
     */
    public String sortKey() {
        StringBuilder key = new StringBuilder(namespace).append('\u0000').append(metricName);
        for (Dimension dimension : dimensions) {
            key.append('\u0000').append(dimension.name()).append('\u0001').append(dimension.value());
        }
        return key.toString();
    }
}
