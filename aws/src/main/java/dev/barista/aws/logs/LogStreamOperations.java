package dev.barista.aws.logs;

import dev.barista.aws.logs.wire.DescribeLogStreamsInput;
import dev.barista.aws.logs.wire.DescribeLogStreamsOutput;
import dev.barista.aws.logs.wire.LogStreamDescription;
import dev.barista.aws.logs.wire.LogStreamInput;
import dev.barista.core.logs.LogService;
import dev.barista.core.logs.StreamListing;

/** Log streams. One thin method per operation; each links its API reference page. */
final class LogStreamOperations {
    private final LogService logs;

    LogStreamOperations(LogService logs) {
        this.logs = logs;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html">CreateLogStream</a>.
     */
    Object createLogStream(LogStreamInput input) {
        logs.createLogStream(input.logGroupName(), input.logStreamName());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogStream.html">DeleteLogStream</a>.
     */
    Object deleteLogStream(LogStreamInput input) {
        logs.deleteLogStream(input.logGroupName(), input.logStreamName());
        return null;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogStreams.html">DescribeLogStreams</a>.
     */
    DescribeLogStreamsOutput describeLogStreams(DescribeLogStreamsInput input) {
        StreamListing streams = logs.describeLogStreams(input.toRequest());
        return new DescribeLogStreamsOutput(streams.streams().stream()
                .map(stream -> LogStreamDescription.of(stream, streams.groupArn())).toList(), streams.nextToken());
    }
}
