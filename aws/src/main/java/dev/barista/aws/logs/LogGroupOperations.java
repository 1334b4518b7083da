package dev.barista.aws.logs;

import dev.barista.aws.logs.wire.CreateLogGroupInput;
import dev.barista.aws.logs.wire.DescribeLogGroupsInput;
import dev.barista.aws.logs.wire.DescribeLogGroupsOutput;
import dev.barista.aws.logs.wire.LogGroupDescription;
import dev.barista.aws.logs.wire.LogGroupNameInput;
import dev.barista.aws.logs.wire.PutRetentionPolicyInput;
import dev.barista.core.logs.Listing;
import dev.barista.core.logs.LogGroup;
import dev.barista.core.logs.LogService;

/** Log groups and their retention. One thin method per operation; each links its API reference page. */
final class LogGroupOperations {
    private final LogService logs;

    LogGroupOperations(LogService logs) {
        this.logs = logs;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html">CreateLogGroup</a>;
     * {@code kmsKeyId} is accepted and ignored, {@code logGroupClass} may only be {@code STANDARD}.
     */
    Object createLogGroup(CreateLogGroupInput input) {
        logs.createLogGroup(input.logGroupName(), input.tags(), input.logGroupClass());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogGroup.html">DeleteLogGroup</a>.
     */
    Object deleteLogGroup(LogGroupNameInput input) {
        logs.deleteLogGroup(input.logGroupName());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html">DescribeLogGroups</a>.
     */
    DescribeLogGroupsOutput describeLogGroups(DescribeLogGroupsInput input) {
        Listing<LogGroup> groups = logs.describeLogGroups(input.logGroupNamePrefix(), input.logGroupNamePattern(),
                input.logGroupIdentifiers(), input.nextToken(), input.limit());
        return new DescribeLogGroupsOutput(groups.items().stream()
                .map(group -> LogGroupDescription.of(group, logs.groupArn(group.name()))).toList(),
                groups.nextToken());
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html">PutRetentionPolicy</a>.
     */
    Object putRetentionPolicy(PutRetentionPolicyInput input) {
        logs.putRetentionPolicy(input.logGroupName(), input.retentionInDays());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteRetentionPolicy.html">DeleteRetentionPolicy</a>.
     */
    Object deleteRetentionPolicy(LogGroupNameInput input) {
        logs.deleteRetentionPolicy(input.logGroupName());
        return null;
    }
}
