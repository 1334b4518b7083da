package dev.barista.aws.logs.wire;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html">PutRetentionPolicy</a>.
 */
public record PutRetentionPolicyInput(String logGroupName, Integer retentionInDays) {
}
