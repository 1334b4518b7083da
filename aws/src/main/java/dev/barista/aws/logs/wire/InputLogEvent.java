package dev.barista.aws.logs.wire;

import dev.barista.core.error.BaristaException;
import dev.barista.core.logs.NewLogEvent;

/**
 * The
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_InputLogEvent.html">InputLogEvent</a> shape.
 */
public record InputLogEvent(Long timestamp, String message) {
    /** The event for core; both members are required. */
    public NewLogEvent toEvent(int index) {
        if (timestamp == null || message == null) {
            throw BaristaException.validation("1 validation error detected: Value null at 'logEvents." + (index + 1)
                    + ".member." + (timestamp == null ? "timestamp" : "message")
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return new NewLogEvent(timestamp, message);
    }
}
