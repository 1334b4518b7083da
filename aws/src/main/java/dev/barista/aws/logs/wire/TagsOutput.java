package dev.barista.aws.logs.wire;

import java.util.Map;

/**
 * The answer of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsLogGroup.html">ListTagsLogGroup</a>, <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html">ListTagsForResource</a>.
 */
public record TagsOutput(Map<String, String> tags) {
}
