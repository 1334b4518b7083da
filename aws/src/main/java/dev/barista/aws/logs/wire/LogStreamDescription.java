package dev.barista.aws.logs.wire;

import dev.barista.core.logs.LogStream;
import java.time.Instant;

/**
 * The
 * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_LogStream.html">LogStream</a> shape.
 */
public record LogStreamDescription(String logStreamName, Long creationTime, Long firstEventTimestamp,
        Long lastEventTimestamp, Long lastIngestionTime, String arn, Long storedBytes) {
    /** A stream as DescribeLogStreams shows it; {@code storedBytes} is always 0, as AWS has reported it since 2019. */
    public static LogStreamDescription of(LogStream stream, String groupArn) {
        return new LogStreamDescription(stream.name(), stream.createdAt().toEpochMilli(), millis(stream.firstEventAt()),
                millis(stream.lastEventAt()), millis(stream.lastIngestedAt()),
                groupArn + ":log-stream:" + stream.name(), 0L);
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
