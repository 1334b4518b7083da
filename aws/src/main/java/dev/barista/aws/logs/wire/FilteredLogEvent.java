package dev.barista.aws.logs.wire;

import dev.barista.core.logs.StoredLogEvent;

/**
 * The
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilteredLogEvent.html">FilteredLogEvent</a> shape.
 */
public record FilteredLogEvent(String logStreamName, Long timestamp, String message, Long ingestionTime,
        String eventId) {
    public static FilteredLogEvent of(StoredLogEvent event) {
        return new FilteredLogEvent(event.streamName(), event.timestamp(), event.message(), event.ingestionTime(),
                event.eventId());
    }
}
