package dev.barista.aws.logs.wire;

/**
 * The
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_SearchedLogStream.html">SearchedLogStream</a> shape.
 */
public record SearchedLogStream(String logStreamName, Boolean searchedCompletely) {
}
