package dev.barista.core.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** GetMetricStatistics: checks the query as CloudWatch does, then computes each period's statistics. */
final class StatisticsQueries {
    static final int MAXIMUM_DATAPOINTS = 1_440;

    private final RecordedMetrics recorded;

    StatisticsQueries(RecordedMetrics recorded) {
        this.recorded = recorded;
    }

    MetricStatistics answer(MetricStatisticsQuery query) {
        MetricSeries series = new MetricSeries(MetricErrors.requireText(query.namespace(), "Namespace", 255),
                MetricErrors.requireText(query.metricName(), "MetricName", 255),
                MetricDataValidation.dimensions(query.dimensions(), "Dimensions"));
        // Required parameters first, as CloudWatch checks them.
        PeriodGrid grid = Queries.grid(query.startTime(), query.endTime(), query.period(), "Period");
        List<Statistic> statistics = statistics(query);
        StandardUnit unit = Queries.unit(query.unit(), "Unit");
        if (grid.periods() > MAXIMUM_DATAPOINTS) {
            throw MetricErrors.combination(String.format("You have requested up to %,d datapoints, which exceeds the"
                    + " limit of 1,440. You may reduce the datapoints requested by increasing Period, or decreasing"
                    + " the time range.", grid.periods()));
        }
        Map<Instant, Map<StandardUnit, SampleStatistics>> periods = new TreeMap<>();
        for (MinuteAggregate aggregate : recorded.read(series, grid.start(), grid.end())) {
            if (unit == null || aggregate.unit() == unit) {
                periods.computeIfAbsent(grid.periodOf(aggregate.minute()), ignored -> new TreeMap<>())
                        .computeIfAbsent(aggregate.unit(), ignored -> new SampleStatistics())
                        .merge(aggregate.statistics());
            }
        }
        List<Datapoint> datapoints = new ArrayList<>();
        periods.forEach((timestamp, byUnit) -> byUnit.forEach((dataUnit, samples) ->
                datapoints.add(datapoint(timestamp, dataUnit, samples, statistics,
                        !query.extendedStatisticsOrEmpty().isEmpty()))));
        return new MetricStatistics(series.metricName(), datapoints);
    }

    private static List<Statistic> statistics(MetricStatisticsQuery query) {
        List<String> standard = query.statistics() == null ? List.of() : query.statistics();
        List<String> extended = query.extendedStatisticsOrEmpty();
        if (standard.isEmpty() == extended.isEmpty()) {
            throw MetricErrors.combination("Must specify either Statistics or ExtendedStatistics, but not both.");
        }
        if (standard.size() > 5) {
            throw MetricErrors.tooMany("Statistics", 5);
        }
        if (extended.size() > 10) {
            throw MetricErrors.tooMany("ExtendedStatistics", 10);
        }
        List<Statistic> parsed = new ArrayList<>();
        for (int index = 0; index < standard.size(); index++) {
            String name = standard.get(index);
            int member = index + 1;
            parsed.add(Statistic.Standard.parse(name)
                    .orElseThrow(() -> MetricErrors.invalid(name, "Statistics.member." + member)));
        }
        for (int index = 0; index < extended.size(); index++) {
            String name = extended.get(index);
            int member = index + 1;
            parsed.add(Statistic.Percentile.parse(name)
                    .orElseThrow(() -> MetricErrors.invalid(name, "ExtendedStatistics.member." + member)));
        }
        return parsed;
    }

    private static Datapoint datapoint(Instant timestamp, StandardUnit unit, SampleStatistics samples,
                                       List<Statistic> statistics, boolean extendedAsked) {
        Map<Statistic.Standard, Double> standard = new LinkedHashMap<>();
        Map<String, Double> extended = extendedAsked ? new LinkedHashMap<>() : null;
        for (Statistic statistic : statistics) {
            switch (statistic) {
                case Statistic.Standard named -> standard.put(named, named.of(samples).getAsDouble());
                case Statistic.Percentile percentile -> percentile.of(samples)
                        .ifPresent(value -> extended.put(percentile.name(), value));
            }
        }
        return new Datapoint(timestamp, unit, standard.get(Statistic.Standard.SAMPLE_COUNT),
                standard.get(Statistic.Standard.AVERAGE), standard.get(Statistic.Standard.SUM),
                standard.get(Statistic.Standard.MINIMUM), standard.get(Statistic.Standard.MAXIMUM), extended);
    }
}
