package dev.barista.aws.logs.wire;

import dev.barista.core.logs.StoredLogEvent;

/**
 * The
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_OutputLogEvent.html">OutputLogEvent</a> shape.
 */
public record OutputLogEvent(Long timestamp, String message, Long ingestionTime) {
    public static OutputLogEvent of(StoredLogEvent event) {
        return new OutputLogEvent(event.timestamp(), event.message(), event.ingestionTime());
    }
}
