package dev.barista.aws.logs.wire;

import java.util.Map;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagResource.html">TagResource</a>.
 */
public record TagResourceInput(String resourceArn, Map<String, String> tags) {
}
