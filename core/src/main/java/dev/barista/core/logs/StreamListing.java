package dev.barista.core.logs;

import java.util.List;

/**
 * One page of DescribeLogStreams.
 *
 * @param groupArn the ARN of the group the streams belong to (their own ARNs extend it)
 * @param nextToken the token of the next page, or null on the last one
 */
public record StreamListing(String groupArn, List<LogStream> streams, String nextToken) {
    public StreamListing {
        streams = List.copyOf(streams);
    }
}
