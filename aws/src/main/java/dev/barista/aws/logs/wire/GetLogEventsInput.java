package dev.barista.aws.logs.wire;

import dev.barista.core.logs.EventsRequest;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogEvents.html">GetLogEvents</a>.
 */
public record GetLogEventsInput(String logGroupName, String logGroupIdentifier, String logStreamName, Long startTime,
        Long endTime, String nextToken, Integer limit, Boolean startFromHead, Boolean unmask) {
    public EventsRequest toRequest() {
        return new EventsRequest(logGroupName, logGroupIdentifier, logStreamName, startTime, endTime, nextToken, limit,
                startFromHead);
    }
}
