package dev.barista.core.logs;

import java.util.List;

/**
 * One page of DescribeLogGroups or DescribeLogStreams.
 *
 * @param nextToken the token of the next page, or null on the last one
 */
public record Listing<T>(List<T> items, String nextToken) {
    public Listing {
        items = List.copyOf(items);
    }
}
