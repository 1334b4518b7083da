package dev.barista.core.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * GetMetricData: each query's statistic per period, or the arithmetic of other queries ({@link MetricMath}), paged
 * by {@code MaxDatapoints} across the queries in order. A page token is the number of datapoints already answered,
 * tied to the request it belongs to.
 */
final class MetricDataQueries {
    static final int MAXIMUM_QUERIES = 500;
    static final int DEFAULT_MAXIMUM_DATAPOINTS = 100_800;
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9_]*");
    private static final String TOKEN_KIND = "GetMetricData";

    private final RecordedMetrics recorded;

    MetricDataQueries(RecordedMetrics recorded) {
        this.recorded = recorded;
    }

    MetricDataPage answer(MetricDataRequest request) {
        List<MetricDataQuery> queries = request.queries();
        if (queries == null || queries.isEmpty()) {
            throw MetricErrors.missing("MetricDataQueries");
        }
        if (queries.size() > MAXIMUM_QUERIES) {
            throw MetricErrors.tooMany("MetricDataQueries", MAXIMUM_QUERIES);
        }
        List<Checked> checked = check(queries);
        if (request.startTime() == null) {
            throw MetricErrors.missing("StartTime");
        }
        if (request.endTime() == null) {
            throw MetricErrors.missing("EndTime");
        }
        if (!request.startTime().isBefore(request.endTime())) {
            throw MetricErrors.invalid("The parameter StartTime must be less than the parameter EndTime.");
        }
        boolean ascending = ascending(request.scanBy());
        int maximum = request.maxDatapoints() == null ? DEFAULT_MAXIMUM_DATAPOINTS : request.maxDatapoints();
        if (maximum < 1) {
            throw MetricErrors.invalid(maximum, "MaxDatapoints");
        }
        String fingerprint = Integer.toHexString(List.of(queries, request.startTime(), request.endTime(),
                ascending).hashCode());
        long skip = skip(request.nextToken(), fingerprint);

        Map<String, NavigableMap<Instant, Double>> values = new java.util.HashMap<>();
        for (Checked query : checked) {
            if (query.expression() == null) {
                values.put(query.id(), points(query, request.startTime(), request.endTime()));
            }
        }
        Map<String, Checked> byId = new java.util.HashMap<>();
        checked.forEach(query -> byId.put(query.id(), query));
        List<Series> all = new ArrayList<>();
        for (Checked query : checked) {
            if (query.returnData()) {
                all.add(series(query, evaluated(query, byId, values), ascending));
            }
        }
        List<MetricDataResult> results = new ArrayList<>();
        long position = 0;
        long end = skip + maximum;
        for (Series series : all) {
            int from = (int) Math.clamp(skip - position, 0, series.size());
            int to = (int) Math.clamp(end - position, 0, series.size());
            results.add(new MetricDataResult(series.id(), series.label(), series.timestamps().subList(from, to),
                    series.values().subList(from, to), to == series.size()));
            position += series.size();
        }
        String nextToken = position > end ? PagingTokens.encode(TOKEN_KIND, end + ":" + fingerprint) : null;
        return new MetricDataPage(results, nextToken);
    }

    private List<Checked> check(List<MetricDataQuery> queries) {
        Set<String> ids = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (int index = 0; index < queries.size(); index++) {
            String prefix = "MetricDataQueries.member." + (index + 1);
            MetricDataQuery query = queries.get(index);
            String id = MetricErrors.requireText(query.id(), prefix + ".Id", 255);
            if (!ID.matcher(id).matches()) {
                throw MetricErrors.invalid("The value " + id + " for parameter " + prefix + ".Id is invalid: an id"
                        + " starts with a lower-case letter and holds only letters, digits and underscores.");
            }
            if (!ids.add(id)) {
                throw MetricErrors.invalid("The value " + id + " for parameter " + prefix + ".Id is not unique.");
            }
            if ((query.metricStat() == null) == (query.expression() == null)) {
                throw MetricErrors.combination("The parameters " + prefix + ".MetricStat and " + prefix
                        + ".Expression are mutually exclusive, and one of them must be specified.");
            }
            checked.add(query.expression() != null ? expression(id, query, prefix) : metricStat(id, query, prefix));
        }
        checkReferences(checked);
        return checked;
    }

    private static Checked expression(String id, MetricDataQuery query, String prefix) {
        MetricMath.Expression expression = MetricMath.parse(query.expression(), prefix + ".Expression");
        String label = query.label() == null ? id : query.label();
        return new Checked(id, label, null, 0, null, null, expression, prefix, query.returnData() == null
                || query.returnData());
    }

    /** Every id an expression reads exists, and no expression reads itself, directly or not. */
    private static void checkReferences(List<Checked> checked) {
        Map<String, Checked> byId = new java.util.HashMap<>();
        checked.forEach(query -> byId.put(query.id(), query));
        for (Checked query : checked) {
            if (query.expression() != null) {
                visit(query, byId, new java.util.LinkedHashSet<>());
            }
        }
    }

    private static void visit(Checked query, Map<String, Checked> byId, Set<String> path) {
        if (!path.add(query.id())) {
            throw MetricErrors.invalid("The expression of " + query.parameter() + " refers to itself through "
                    + String.join(", ", path) + ".");
        }
        if (query.expression() != null) {
            Set<String> references = new java.util.TreeSet<>();
            query.expression().references(references);
            for (String reference : references) {
                Checked target = byId.get(reference);
                if (target == null) {
                    throw MetricErrors.invalid("The expression of " + query.parameter() + " refers to " + reference
                            + ", which is not the id of a query.");
                }
                visit(target, byId, path);
            }
        }
        path.remove(query.id());
    }

    private static Checked metricStat(String id, MetricDataQuery query, String prefix) {
        MetricStat stat = query.metricStat();
        String statPrefix = prefix + ".MetricStat";
        if (stat.metric() == null) {
            throw MetricErrors.missing(statPrefix + ".Metric");
        }
        Metric metric = stat.metric();
        MetricSeries series = new MetricSeries(
                MetricErrors.requireText(metric.namespace(), statPrefix + ".Metric.Namespace", 255),
                MetricErrors.requireText(metric.metricName(), statPrefix + ".Metric.MetricName", 255),
                MetricDataValidation.dimensions(metric.dimensions(), statPrefix + ".Metric.Dimensions"));
        int period = Queries.period(stat.period(), statPrefix + ".Period");
        if (stat.stat() == null) {
            throw MetricErrors.missing(statPrefix + ".Stat");
        }
        Statistic statistic = Statistic.parse(stat.stat())
                .orElseThrow(() -> MetricErrors.invalid(stat.stat(), statPrefix + ".Stat"));
        StandardUnit unit = Queries.unit(stat.unit(), statPrefix + ".Unit");
        String label = query.label() == null ? series.metricName() : query.label();
        return new Checked(id, label, series, period, statistic, unit, null, prefix, query.returnData() == null
                || query.returnData());
    }

    /** A metric statistic's value per period, oldest first. */
    private NavigableMap<Instant, Double> points(Checked query, Instant startTime, Instant endTime) {
        PeriodGrid grid = PeriodGrid.of(startTime, endTime, query.period());
        Map<Instant, SampleStatistics> periods = new TreeMap<>();
        for (MinuteAggregate aggregate : recorded.read(query.series(), grid.start(), grid.end())) {
            if (query.unit() == null || aggregate.unit() == query.unit()) {
                periods.computeIfAbsent(grid.periodOf(aggregate.minute()), ignored -> new SampleStatistics())
                        .merge(aggregate.statistics());
            }
        }
        NavigableMap<Instant, Double> points = new TreeMap<>();
        periods.forEach((timestamp, samples) -> query.statistic().of(samples)
                .ifPresent(value -> points.put(timestamp, value)));
        return points;
    }

    /** A query's values: a statistic's as read, an expression's computed once from what it reads. */
    private static NavigableMap<Instant, Double> evaluated(Checked query, Map<String, Checked> byId,
                                                           Map<String, NavigableMap<Instant, Double>> values) {
        NavigableMap<Instant, Double> known = values.get(query.id());
        if (known != null) {
            return known;
        }
        Set<String> references = new java.util.TreeSet<>();
        query.expression().references(references);
        for (String reference : references) {
            evaluated(byId.get(reference), byId, values);
        }
        NavigableMap<Instant, Double> computed = MetricMath.evaluate(query.expression(), values,
                query.parameter() + ".Expression");
        values.put(query.id(), computed);
        return computed;
    }

    private static Series series(Checked query, NavigableMap<Instant, Double> points, boolean ascending) {
        NavigableMap<Instant, Double> ordered = ascending ? points : points.descendingMap();
        return new Series(query.id(), query.label(), new ArrayList<>(ordered.keySet()),
                new ArrayList<>(ordered.values()));
    }

    private static boolean ascending(String scanBy) {
        if (scanBy == null || scanBy.equals("TimestampDescending")) {
            return false;
        }
        if (scanBy.equals("TimestampAscending")) {
            return true;
        }
        throw MetricErrors.invalid(scanBy, "ScanBy");
    }

    private static long skip(String nextToken, String fingerprint) {
        String position = PagingTokens.decode(TOKEN_KIND, nextToken);
        if (position == null) {
            return 0;
        }
        int colon = position.indexOf(':');
        if (colon < 0 || !position.substring(colon + 1).equals(fingerprint)) {
            throw MetricErrors.invalidNextToken();
        }
        try {
            return Long.parseLong(position.substring(0, colon));
        } catch (NumberFormatException malformed) {
            throw MetricErrors.invalidNextToken();
        }
    }

    /**
     * A checked query: a metric statistic ({@code series}, {@code period}, {@code statistic}, {@code unit}) or an
     * expression; {@code parameter} names it in messages.
     */
    private record Checked(String id, String label, MetricSeries series, int period, Statistic statistic,
                           StandardUnit unit, MetricMath.Expression expression, String parameter,
                           boolean returnData) {
    }

    private record Series(String id, String label, List<Instant> timestamps, List<Double> values) {
        int size() {
            return timestamps.size();
        }
    }
}
