package dev.barista.core.metrics;

/** PutMetricData's {@code StatisticValues}: a summary of samples already aggregated by the caller. */
public record StatisticSet(Double sampleCount, Double sum, Double minimum, Double maximum) {
}
