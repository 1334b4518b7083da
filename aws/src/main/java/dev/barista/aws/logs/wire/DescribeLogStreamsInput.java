package dev.barista.aws.logs.wire;

import dev.barista.core.logs.StreamsRequest;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogStreams.html">DescribeLogStreams</a>.
 */
public record DescribeLogStreamsInput(String logGroupName, String logGroupIdentifier, String logStreamNamePrefix,
        String orderBy, Boolean descending, String nextToken, Integer limit) {
    public StreamsRequest toRequest() {
        return new StreamsRequest(logGroupName, logGroupIdentifier, logStreamNamePrefix, orderBy, descending, nextToken,
                limit);
    }
}
