package dev.barista.aws.logs.wire;

import java.util.List;

/**
 * The answer of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html">DescribeLogGroups</a>.
 */
public record DescribeLogGroupsOutput(List<LogGroupDescription> logGroups, String nextToken) {
}
