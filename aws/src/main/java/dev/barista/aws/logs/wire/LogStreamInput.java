package dev.barista.aws.logs.wire;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html">CreateLogStream</a>, <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogStream.html">DeleteLogStream</a>.
 */
public record LogStreamInput(String logGroupName, String logStreamName) {
}
