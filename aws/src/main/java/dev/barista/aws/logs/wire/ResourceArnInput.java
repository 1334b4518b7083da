package dev.barista.aws.logs.wire;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html">ListTagsForResource</a>.
 */
public record ResourceArnInput(String resourceArn) {
}
