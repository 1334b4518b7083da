package dev.barista.core.logs;

/**
 * GetLogEvents' parameters; null means absent. The group is named by exactly one of {@code groupName} and
 * {@code groupIdentifier} (a name or an ARN).
 *
 * @param startTime the earliest timestamp included, epoch milliseconds
 * @param endTime the first timestamp no longer included, epoch milliseconds
 */
public record EventsRequest(String groupName, String groupIdentifier, String streamName, Long startTime,
                            Long endTime, String nextToken, Integer limit, Boolean startFromHead) {
}
