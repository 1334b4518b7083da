package dev.barista.aws.logs.wire;

import java.util.Map;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html">CreateLogGroup</a>.
 */
public record CreateLogGroupInput(String logGroupName, String kmsKeyId, Map<String, String> tags,
        String logGroupClass) {
}
