package dev.barista.core.queue;

import java.util.List;

/**
 * A page of queue names.
 *
 * @param nextToken where the next page starts, or null on the last page
 */
public record QueueListing(List<String> queueNames, String nextToken) {
    public QueueListing {
        queueNames = List.copyOf(queueNames);
    }
}
