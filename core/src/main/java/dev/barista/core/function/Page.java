package dev.barista.core.function;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param nextMarker the opaque marker for the next page, or null when this is the last one
 */
public record Page<T>(List<T> items, String nextMarker) {
    public Page {
        items = List.copyOf(items);
    }
}
