package dev.barista.storage.sqlite;

import dev.barista.core.function.Page;
import java.util.List;
import java.util.function.Function;

/**
 * Builds a page from up to {@code maxItems + 1} rows read after the marker: the extra row only tells that another
 * page follows, so a last page that happens to be full has no marker.
 */
final class Pages {

    private Pages() {
    }

    /** How many rows to read for a page of {@code maxItems}; a long, as callers pass Integer.MAX_VALUE for "all". */
    static long rowsToRead(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be positive: " + maxItems);
        }
        return maxItems + 1L;
    }

    static <T> Page<T> of(List<T> rows, int maxItems, Function<T, String> key) {
        if (rows.size() <= maxItems) {
            return new Page<>(rows, null);
        }
        var items = rows.subList(0, maxItems);
        return new Page<>(items, Markers.encode(key.apply(items.getLast())));
    }
}
