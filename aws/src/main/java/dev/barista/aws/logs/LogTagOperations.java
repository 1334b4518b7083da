package dev.barista.aws.logs;

import dev.barista.aws.logs.wire.LogGroupNameInput;
import dev.barista.aws.logs.wire.ResourceArnInput;
import dev.barista.aws.logs.wire.TagLogGroupInput;
import dev.barista.aws.logs.wire.TagResourceInput;
import dev.barista.aws.logs.wire.TagsOutput;
import dev.barista.aws.logs.wire.UntagLogGroupInput;
import dev.barista.aws.logs.wire.UntagResourceInput;
import dev.barista.core.logs.LogService;

/**
 * Tags of log groups, by name (the older TagLogGroup family) or by ARN (TagResource). One thin method per operation;
 * each links its API reference page.
 */
final class LogTagOperations {
    private final LogService logs;

    LogTagOperations(LogService logs) {
        this.logs = logs;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagLogGroup.html">TagLogGroup</a>.
     */
    Object tagLogGroup(TagLogGroupInput input) {
        logs.tag(input.logGroupName(), false, input.tags());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagLogGroup.html">UntagLogGroup</a>.
     */
    Object untagLogGroup(UntagLogGroupInput input) {
        logs.untag(input.logGroupName(), false, input.tags());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsLogGroup.html">ListTagsLogGroup</a>.
     */
    TagsOutput listTagsLogGroup(LogGroupNameInput input) {
        return new TagsOutput(logs.tags(input.logGroupName(), false));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagResource.html">TagResource</a>.
     */
    Object tagResource(TagResourceInput input) {
        logs.tag(input.resourceArn(), true, input.tags());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagResource.html">UntagResource</a>.
     */
    Object untagResource(UntagResourceInput input) {
        logs.untag(input.resourceArn(), true, input.tagKeys());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html">ListTagsForResource</a>.
     */
    TagsOutput listTagsForResource(ResourceArnInput input) {
        return new TagsOutput(logs.tags(input.resourceArn(), true));
    }
}
