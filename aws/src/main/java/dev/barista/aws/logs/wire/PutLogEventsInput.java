package dev.barista.aws.logs.wire;

import dev.barista.core.logs.NewLogEvent;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">PutLogEvents</a>.
 */
public record PutLogEventsInput(String logGroupName, String logStreamName, List<InputLogEvent> logEvents,
        String sequenceToken) {
    /** The events for core (null when absent, which core refuses). */
    public List<NewLogEvent> events() {
        return logEvents == null ? null
                : IntStream.range(0, logEvents.size()).mapToObj(index -> logEvents.get(index).toEvent(index)).toList();
    }
}
