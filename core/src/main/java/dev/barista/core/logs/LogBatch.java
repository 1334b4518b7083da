package dev.barista.core.logs;

import java.util.List;
import java.util.Objects;

/**
 * Events for one stream, appended together.
 *
 * @param createMissing create the group and the stream if they do not exist (a function's output, as Lambda does);
 *     otherwise the batch is refused when either is missing (PutLogEvents)
 */
public record LogBatch(String groupName, String streamName, List<NewLogEvent> events, boolean createMissing) {
    public LogBatch {
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(streamName, "streamName");
        events = List.copyOf(events);
    }

    /** The bytes the batch adds to its group: the UTF-8 size of its messages. */
    public long messageBytes() {
        long bytes = 0;
        for (NewLogEvent event : events) {
            bytes += Utf8.length(event.message());
        }
        return bytes;
    }
}
