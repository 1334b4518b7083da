package dev.barista.aws.logs.wire;

import java.util.List;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html">DescribeLogGroups</a>.
 */
public record DescribeLogGroupsInput(String logGroupNamePrefix, String logGroupNamePattern,
        List<String> logGroupIdentifiers, String nextToken, Integer limit, Boolean includeLinkedAccounts,
        String logGroupClass) {
}
