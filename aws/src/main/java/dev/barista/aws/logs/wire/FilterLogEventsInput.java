package dev.barista.aws.logs.wire;

import dev.barista.core.logs.FilterRequest;
import java.util.List;

/**
 * The body of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html">FilterLogEvents</a>.
 */
public record FilterLogEventsInput(String logGroupName, String logGroupIdentifier, List<String> logStreamNames,
        String logStreamNamePrefix, Long startTime, Long endTime, String filterPattern, String nextToken,
        Integer limit, Boolean interleaved, Boolean unmask) {
    /** {@code interleaved} is deprecated and ignored, as by AWS: results are always interleaved. */
    public FilterRequest toRequest() {
        return new FilterRequest(logGroupName, logGroupIdentifier, logStreamNames, logStreamNamePrefix, startTime,
                endTime, filterPattern, nextToken, limit);
    }
}
