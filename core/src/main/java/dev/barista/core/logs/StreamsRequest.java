package dev.barista.core.logs;

/**
 * DescribeLogStreams' parameters; null means absent.
 *
 * @param orderBy {@code LogStreamName} (the default) or {@code LastEventTime}
 */
public record StreamsRequest(String groupName, String groupIdentifier, String prefix, String orderBy,
                             Boolean descending, String nextToken, Integer limit) {
}
