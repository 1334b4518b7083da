package dev.barista.core.logs;

import java.util.List;

/**
 * FilterLogEvents' parameters; null means absent. The group is named by exactly one of {@code groupName} and
 * {@code groupIdentifier}; at most one of {@code streamNames} and {@code streamPrefix} is given.
 *
 * @param startTime the earliest timestamp returned, epoch milliseconds
 * @param endTime the latest timestamp returned, epoch milliseconds
 */
public record FilterRequest(String groupName, String groupIdentifier, List<String> streamNames, String streamPrefix,
                            Long startTime, Long endTime, String filterPattern, String nextToken, Integer limit) {
    public FilterRequest {
        streamNames = streamNames == null ? null : List.copyOf(streamNames);
    }
}
