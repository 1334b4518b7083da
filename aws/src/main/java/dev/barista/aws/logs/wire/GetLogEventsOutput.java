package dev.barista.aws.logs.wire;

import dev.barista.core.logs.EventsPage;
import java.util.List;

/**
 * The answer of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogEvents.html">GetLogEvents</a>.
 */
public record GetLogEventsOutput(List<OutputLogEvent> events, String nextForwardToken, String nextBackwardToken) {
    public static GetLogEventsOutput of(EventsPage page) {
        return new GetLogEventsOutput(page.events().stream().map(OutputLogEvent::of).toList(),
                page.nextForwardToken(), page.nextBackwardToken());
    }
}
