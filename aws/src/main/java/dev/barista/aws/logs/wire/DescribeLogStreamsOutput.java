package dev.barista.aws.logs.wire;

import java.util.List;

/**
 * The answer of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogStreams.html">DescribeLogStreams</a>.
 */
public record DescribeLogStreamsOutput(List<LogStreamDescription> logStreams, String nextToken) {
}
