package dev.barista.aws.logs.wire;

import java.util.Map;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagLogGroup.html">TagLogGroup</a>.
 */
public record TagLogGroupInput(String logGroupName, Map<String, String> tags) {
}
