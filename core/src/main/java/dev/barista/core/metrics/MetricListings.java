package dev.barista.core.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * ListMetrics: the metrics with data in the last two weeks (or three hours, with {@code RecentlyActive}), sorted by
 * namespace, name and dimensions, 500 a page. A page token is the sort key of the page's last metric, so paging
 * stays right when metrics appear or expire between pages.
 */
final class MetricListings {
    static final int PAGE_SIZE = 500;
    static final Duration LISTED_FOR = Duration.ofDays(14);
    private static final String TOKEN_KIND = "ListMetrics";

    private final RecordedMetrics recorded;
    private final Clock clock;

    MetricListings(RecordedMetrics recorded, Clock clock) {
        this.recorded = recorded;
        this.clock = clock;
    }

    MetricListing answer(ListMetricsQuery query) {
        if (query.namespace() != null) {
            MetricErrors.requireText(query.namespace(), "Namespace", 255);
        }
        if (query.metricName() != null) {
            MetricErrors.requireText(query.metricName(), "MetricName", 255);
        }
        List<DimensionFilter> filters = query.dimensions() == null ? List.of() : query.dimensions();
        if (filters.size() > 10) {
            throw MetricErrors.tooMany("Dimensions", 10);
        }
        for (int index = 0; index < filters.size(); index++) {
            String member = "Dimensions.member." + (index + 1);
            MetricErrors.requireText(filters.get(index).name(), member + ".Name", 255);
            if (filters.get(index).value() != null) {
                MetricErrors.requireText(filters.get(index).value(), member + ".Value", 1024);
            }
        }
        Duration window = LISTED_FOR;
        if (query.recentlyActive() != null) {
            if (!query.recentlyActive().equals("PT3H")) {
                throw MetricErrors.invalid(query.recentlyActive(), "RecentlyActive");
            }
            window = Duration.ofHours(3);
        }
        String after = PagingTokens.decode(TOKEN_KIND, query.nextToken());
        Instant activeSince = MinuteAggregate.minuteOf(clock.instant().minus(window));
        List<MetricSeries> matching = recorded.series(query.namespace(), query.metricName(), activeSince).stream()
                .filter(series -> filters.stream().allMatch(filter -> filter.matches(series)))
                .filter(series -> after == null || series.sortKey().compareTo(after) > 0)
                .sorted(Comparator.comparing(MetricSeries::sortKey))
                .toList();
        if (matching.size() <= PAGE_SIZE) {
            return new MetricListing(matching, null);
        }
        List<MetricSeries> page = matching.subList(0, PAGE_SIZE);
        return new MetricListing(List.copyOf(page), PagingTokens.encode(TOKEN_KIND, page.getLast().sortKey()));
    }
}
