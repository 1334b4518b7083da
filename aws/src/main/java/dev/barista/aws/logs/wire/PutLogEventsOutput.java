package dev.barista.aws.logs.wire;

import dev.barista.core.logs.PutLogEventsResult;

/**
 * The answer of
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">PutLogEvents</a>.
 */
public record PutLogEventsOutput(String nextSequenceToken, RejectedLogEventsInfo rejectedLogEventsInfo) {
    public static PutLogEventsOutput of(PutLogEventsResult result) {
        return new PutLogEventsOutput(result.nextSequenceToken(), result.rejectedAny()
                ? new RejectedLogEventsInfo(result.tooNewStartIndex(), result.tooOldEndIndex(), result.expiredEndIndex())
                : null);
    }
}
