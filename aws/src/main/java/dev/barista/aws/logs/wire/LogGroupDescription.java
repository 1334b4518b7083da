package dev.barista.aws.logs.wire;

import dev.barista.core.logs.LogGroup;

/**
 * The
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_LogGroup.html">LogGroup</a> shape.
 */
public record LogGroupDescription(String logGroupName, Long creationTime, Integer retentionInDays,
        Integer metricFilterCount, String arn, Long storedBytes, String logGroupClass, String logGroupArn) {
    /** A group as DescribeLogGroups shows it: {@code arn} ends in {@code :*}, {@code logGroupArn} does not. */
    public static LogGroupDescription of(LogGroup group, String arn) {
        return new LogGroupDescription(group.name(), group.createdAt().toEpochMilli(), group.retentionInDays(), 0,
                arn + ":*", group.storedBytes(), "STANDARD", arn);
    }
}
