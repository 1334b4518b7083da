package dev.barista.aws.logs.wire;

import java.util.List;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagResource.html">UntagResource</a>.
 */
public record UntagResourceInput(String resourceArn, List<String> tagKeys) {
}
