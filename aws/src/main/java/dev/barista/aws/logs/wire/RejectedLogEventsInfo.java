package dev.barista.aws.logs.wire;

/**
 * The
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_RejectedLogEventsInfo.html">RejectedLogEventsInfo</a> shape.
 */
public record RejectedLogEventsInfo(Integer tooNewLogEventStartIndex, Integer tooOldLogEventEndIndex,
        Integer expiredLogEventEndIndex) {
}
