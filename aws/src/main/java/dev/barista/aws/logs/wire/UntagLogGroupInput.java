package dev.barista.aws.logs.wire;

import java.util.List;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagLogGroup.html">UntagLogGroup</a>.
 */
public record UntagLogGroupInput(String logGroupName, List<String> tags) {
}
