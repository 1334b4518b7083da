package dev.barista.aws.logs;

import dev.barista.aws.logs.wire.FilterLogEventsInput;
import dev.barista.aws.logs.wire.FilterLogEventsOutput;
import dev.barista.aws.logs.wire.GetLogEventsInput;
import dev.barista.aws.logs.wire.GetLogEventsOutput;
import dev.barista.aws.logs.wire.PutLogEventsInput;
import dev.barista.aws.logs.wire.PutLogEventsOutput;
import dev.barista.core.logs.LogService;

/** Writing and reading log events. One thin method per operation; each links its API reference page. */
final class LogEventOperations {
    private final LogService logs;

    LogEventOperations(LogService logs) {
        this.logs = logs;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">PutLogEvents</a>;
     * the sequence token is accepted and ignored, as AWS does.
     */
    PutLogEventsOutput putLogEvents(PutLogEventsInput input) {
        return PutLogEventsOutput.of(logs.putLogEvents(input.logGroupName(), input.logStreamName(), input.events()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogEvents.html">GetLogEvents</a>.
     */
    GetLogEventsOutput getLogEvents(GetLogEventsInput input) {
        return GetLogEventsOutput.of(logs.getLogEvents(input.toRequest()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html">FilterLogEvents</a>.
     */
    FilterLogEventsOutput filterLogEvents(FilterLogEventsInput input) {
        return FilterLogEventsOutput.of(logs.filterLogEvents(input.toRequest()));
    }
}
