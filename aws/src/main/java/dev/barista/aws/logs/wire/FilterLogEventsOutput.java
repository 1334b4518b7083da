package dev.barista.aws.logs.wire;

import dev.barista.core.logs.FilteredEvents;
import java.util.List;

/**
 * The answer of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html">FilterLogEvents</a>.
 */
public record FilterLogEventsOutput(List<FilteredLogEvent> events, List<SearchedLogStream> searchedLogStreams,
        String nextToken) {
    /** {@code searchedLogStreams} is deprecated; AWS answers it empty. */
    public static FilterLogEventsOutput of(FilteredEvents events) {
        return new FilterLogEventsOutput(events.events().stream().map(FilteredLogEvent::of).toList(), List.of(),
                events.nextToken());
    }
}
