package dev.barista.it;

import static dev.barista.it.support.LogsClients.assertLogsError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.LogsClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogGroupsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogStreamsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;

/** The CloudWatch Logs API through the AWS SDK v2 client: every supported operation and its errors. */
@ExtendWith(BaristaExtension.class)
class LogsIT {
    private static final long HOUR = Duration.ofHours(1).toMillis();

    private CloudWatchLogsClient logs;
    private String group;

    @BeforeEach
    void connect(Barista barista) {
        logs = LogsClients.client(barista.endpointUrl());
        group = "/it/" + Barista.uniqueName("logs");
    }

    @AfterEach
    void close() {
        logs.close();
    }

    @Test
    void aGroupIsCreatedDescribedAndDeleted() {
        logs.createLogGroup(request -> request.logGroupName(group).tags(Map.of("team", "core")));

        LogGroup described = logs.describeLogGroups(request -> request.logGroupNamePrefix(group)).logGroups()
                .getFirst();
        assertThat(described.logGroupName()).isEqualTo(group);
        assertThat(described.arn()).isEqualTo("arn:aws:logs:us-east-1:" + BaristaExtension.ACCOUNT_ID
                + ":log-group:" + group + ":*");
        assertThat(described.logGroupArn()).isEqualTo(described.arn().substring(0, described.arn().length() - 2));
        assertThat(described.creationTime()).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset
                .offset(60_000L));
        assertThat(described.retentionInDays()).isNull();
        assertThat(described.storedBytes()).isZero();

        logs.deleteLogGroup(request -> request.logGroupName(group));
        assertThat(logs.describeLogGroups(request -> request.logGroupNamePrefix(group)).logGroups()).isEmpty();
    }

    @Test
    void groupErrorsAreAwsErrors() {
        logs.createLogGroup(request -> request.logGroupName(group));

        assertLogsError(400, "ResourceAlreadyExistsException", () -> logs.createLogGroup(request -> request
                .logGroupName(group)));
        assertLogsError(400, "ResourceNotFoundException", () -> logs.deleteLogGroup(request -> request
                .logGroupName(group + "-absent")));
        assertLogsError(400, "InvalidParameterException", () -> logs.createLogGroup(request -> request
                .logGroupName("no spaces allowed")));
        assertLogsError(400, "InvalidParameterException", () -> logs.describeLogGroups(request -> request
                .limit(51)));
    }

    @Test
    void groupsArePagedByName() {
        for (String suffix : List.of("c", "a", "b")) {
            logs.createLogGroup(request -> request.logGroupName(group + "/" + suffix));
        }

        DescribeLogGroupsResponse first = logs.describeLogGroups(request -> request.logGroupNamePrefix(group + "/")
                .limit(2));
        DescribeLogGroupsResponse second = logs.describeLogGroups(request -> request
                .logGroupNamePrefix(group + "/").limit(2).nextToken(first.nextToken()));

        assertThat(first.logGroups()).extracting(LogGroup::logGroupName).containsExactly(group + "/a", group + "/b");
        assertThat(second.logGroups()).extracting(LogGroup::logGroupName).containsExactly(group + "/c");
        assertThat(second.nextToken()).isNull();
        assertThat(logs.describeLogGroupsPaginator(request -> request.logGroupNamePrefix(group + "/").limit(1))
                .logGroups().stream().map(LogGroup::logGroupName)).containsExactly(group + "/a", group + "/b",
                group + "/c");
    }

    @Test
    void streamsAreListedByNameOrLastEventTime() {
        createGroup();
        long now = System.currentTimeMillis();
        for (String stream : List.of("b", "a", "c")) {
            logs.createLogStream(request -> request.logGroupName(group).logStreamName(stream));
        }
        put("c", now - 3000, "oldest");
        put("a", now - 2000, "middle");
        put("b", now - 1000, "newest");

        DescribeLogStreamsResponse byName = logs.describeLogStreams(request -> request.logGroupName(group));
        DescribeLogStreamsResponse byTime = logs.describeLogStreams(request -> request.logGroupName(group)
                .orderBy(OrderBy.LAST_EVENT_TIME).descending(true).limit(2));
        DescribeLogStreamsResponse rest = logs.describeLogStreams(request -> request.logGroupName(group)
                .orderBy(OrderBy.LAST_EVENT_TIME).descending(true).limit(2).nextToken(byTime.nextToken()));

        assertThat(byName.logStreams()).extracting(LogStream::logStreamName).containsExactly("a", "b", "c");
        assertThat(byTime.logStreams()).extracting(LogStream::logStreamName).containsExactly("b", "a");
        assertThat(rest.logStreams()).extracting(LogStream::logStreamName).containsExactly("c");
        LogStream a = byName.logStreams().getFirst();
        assertThat(a.firstEventTimestamp()).isEqualTo(now - 2000);
        assertThat(a.lastEventTimestamp()).isEqualTo(now - 2000);
        assertThat(a.lastIngestionTime()).isGreaterThanOrEqualTo(a.creationTime());
        assertThat(a.arn()).endsWith(":log-group:" + group + ":log-stream:a");
        assertThat(a.storedBytes()).isZero();
    }

    @Test
    void streamErrorsAreAwsErrors() {
        createGroup();
        logs.createLogStream(request -> request.logGroupName(group).logStreamName("s"));

        assertLogsError(400, "ResourceAlreadyExistsException", () -> logs.createLogStream(request -> request
                .logGroupName(group).logStreamName("s")));
        assertLogsError(400, "ResourceNotFoundException", () -> logs.createLogStream(request -> request
                .logGroupName(group + "-absent").logStreamName("s")));
        assertLogsError(400, "InvalidParameterException", () -> logs.createLogStream(request -> request
                .logGroupName(group).logStreamName("no:colons")));
        assertLogsError(400, "InvalidParameterException", () -> logs.describeLogStreams(request -> request
                .logGroupName(group).orderBy(OrderBy.LAST_EVENT_TIME).logStreamNamePrefix("s")));
        logs.deleteLogStream(request -> request.logGroupName(group).logStreamName("s"));
        assertLogsError(400, "ResourceNotFoundException", () -> logs.deleteLogStream(request -> request
                .logGroupName(group).logStreamName("s")));
    }

    @Test
    void putEventsComeBackInOrderAndAnySequenceTokenIsAccepted() {
        createStream("s");
        long now = System.currentTimeMillis();

        PutLogEventsResponse first = logs.putLogEvents(request -> request.logGroupName(group).logStreamName("s")
                .logEvents(event(now - 20, "one"), event(now - 10, "two")));
        logs.putLogEvents(request -> request.logGroupName(group).logStreamName("s").sequenceToken("not-a-token")
                .logEvents(event(now, "three")));

        assertThat(first.rejectedLogEventsInfo()).isNull();
        GetLogEventsResponse events = logs.getLogEvents(request -> request.logGroupName(group).logStreamName("s"));
        assertThat(events.events()).extracting(OutputLogEvent::message).containsExactly("one", "two", "three");
        assertThat(events.events()).extracting(OutputLogEvent::timestamp).containsExactly(now - 20, now - 10, now);
        assertThat(events.events().getFirst().ingestionTime()).isGreaterThanOrEqualTo(now - 60_000);
    }

    @Test
    void putLogEventsRefusesBatchesAwsRefuses() {
        createStream("s");
        long now = System.currentTimeMillis();

        assertLogsError(400, "InvalidParameterException", () -> logs.putLogEvents(request -> request
                .logGroupName(group).logStreamName("s").logEvents(event(now, "b"), event(now - 1, "a"))));
        assertLogsError(400, "InvalidParameterException", () -> logs.putLogEvents(request -> request
                .logGroupName(group).logStreamName("s").logEvents(event(now - 25 * HOUR, "a"), event(now, "b"))));
        assertLogsError(400, "InvalidParameterException", () -> logs.putLogEvents(request -> request
                .logGroupName(group).logStreamName("s").logEvents(IntStream.range(0, 10_001)
                        .mapToObj(index -> event(now, "x")).toList())));
        assertLogsError(400, "ResourceNotFoundException", () -> logs.putLogEvents(request -> request
                .logGroupName(group).logStreamName("absent").logEvents(event(now, "a"))));
    }

    @Test
    void eventsTooOldOrTooNewAreRejectedAndTheRestStored() {
        createStream("s");
        logs.putRetentionPolicy(request -> request.logGroupName(group).retentionInDays(1));
        long now = System.currentTimeMillis();

        PutLogEventsResponse response = logs.putLogEvents(request -> request.logGroupName(group).logStreamName("s")
                .logEvents(event(now - 15 * 24 * HOUR, "too old"), event(now - 2 * 24 * HOUR, "expired"),
                        event(now, "kept"), event(now + 3 * HOUR, "too new")));

        assertThat(response.rejectedLogEventsInfo().tooOldLogEventEndIndex()).isEqualTo(0);
        assertThat(response.rejectedLogEventsInfo().expiredLogEventEndIndex()).isEqualTo(1);
        assertThat(response.rejectedLogEventsInfo().tooNewLogEventStartIndex()).isEqualTo(3);
        assertThat(logs.getLogEvents(request -> request.logGroupName(group).logStreamName("s")).events())
                .extracting(OutputLogEvent::message).containsExactly("kept");
    }

    @Test
    void getLogEventsPagesBothWaysAndReturnsTheSameTokenAtTheEnd() {
        createStream("s");
        long now = System.currentTimeMillis();
        logs.putLogEvents(request -> request.logGroupName(group).logStreamName("s").logEvents(IntStream.range(0, 5)
                .mapToObj(index -> event(now - 50 + index, "e" + index)).toList()));

        GetLogEventsResponse tail = logs.getLogEvents(request -> request.logGroupName(group).logStreamName("s")
                .limit(2));
        GetLogEventsResponse earlier = logs.getLogEvents(request -> request.logGroupName(group).logStreamName("s")
                .limit(2).nextToken(tail.nextBackwardToken()));
        GetLogEventsResponse head = logs.getLogEvents(request -> request.logGroupName(group).logStreamName("s")
                .startFromHead(true).limit(3));
        GetLogEventsResponse rest = logs.getLogEvents(request -> request.logGroupName(group).logStreamName("s")
                .startFromHead(true).nextToken(head.nextForwardToken()));
        GetLogEventsResponse end = logs.getLogEvents(request -> request.logGroupName(group).logStreamName("s")
                .startFromHead(true).nextToken(rest.nextForwardToken()));
        GetLogEventsResponse bounded = logs.getLogEvents(request -> request.logGroupName(group).logStreamName("s")
                .startTime(now - 49).endTime(now - 47).startFromHead(true));

        assertThat(messages(tail)).containsExactly("e3", "e4");
        assertThat(messages(earlier)).containsExactly("e1", "e2");
        assertThat(messages(head)).containsExactly("e0", "e1", "e2");
        assertThat(messages(rest)).containsExactly("e3", "e4");
        assertThat(end.events()).isEmpty();
        assertThat(end.nextForwardToken()).isEqualTo(rest.nextForwardToken());
        assertThat(messages(bounded)).containsExactly("e1", "e2");
        assertLogsError(400, "ResourceNotFoundException", () -> logs.getLogEvents(request -> request
                .logGroupName(group).logStreamName("absent")));
    }

    @Test
    void filterLogEventsMatchesPatternsAcrossStreamsInTimeOrder() {
        createStream("a");
        createStream("b");
        long now = System.currentTimeMillis();
        put("a", now - 40, "[ERROR] disk full");
        put("b", now - 30, "{\"level\":\"WARN\",\"latency\":900}");
        put("a", now - 20, "INFO all good");
        put("b", now - 10, "{\"level\":\"ERROR\",\"latency\":12}");

        assertThat(filter("ERROR")).containsExactly("[ERROR] disk full", "{\"level\":\"ERROR\",\"latency\":12}");
        assertThat(filter("\"all good\"")).containsExactly("INFO all good");
        assertThat(filter("?disk ?good")).containsExactly("[ERROR] disk full", "INFO all good");
        assertThat(filter("-ERROR -WARN")).containsExactly("INFO all good");
        assertThat(filter("{ $.level = \"ERROR\" || $.latency > 500 }")).containsExactly(
                "{\"level\":\"WARN\",\"latency\":900}", "{\"level\":\"ERROR\",\"latency\":12}");
        assertThat(filter("")).hasSize(4);
        FilterLogEventsResponse onlyB = logs.filterLogEvents(request -> request.logGroupName(group)
                .logStreamNames("b").startTime(now - 30).endTime(now - 10).interleaved(true));
        assertThat(onlyB.events()).extracting(FilteredLogEvent::message).containsExactly(
                "{\"level\":\"WARN\",\"latency\":900}", "{\"level\":\"ERROR\",\"latency\":12}");
        assertThat(onlyB.events()).extracting(FilteredLogEvent::logStreamName).containsOnly("b");
        assertThat(onlyB.events().getFirst().eventId()).hasSize(56);
        assertThat(logs.filterLogEvents(request -> request.logGroupName(group).logStreamNamePrefix("a")).events())
                .extracting(FilteredLogEvent::logStreamName).containsOnly("a");
    }

    @Test
    void filterLogEventsPagesWithNextToken() {
        createStream("s");
        long now = System.currentTimeMillis();
        logs.putLogEvents(request -> request.logGroupName(group).logStreamName("s").logEvents(IntStream.range(0, 25)
                .mapToObj(index -> event(now - 100 + index, "Message " + index)).toList()));

        FilterLogEventsResponse first = logs.filterLogEvents(request -> request.logGroupName(group).limit(20));
        FilterLogEventsResponse second = logs.filterLogEvents(request -> request.logGroupName(group).limit(20)
                .nextToken(first.nextToken()));

        assertThat(first.events()).hasSize(20);
        assertThat(second.events()).hasSize(5);
        assertThat(second.nextToken()).isNull();
        assertThat(logs.filterLogEventsPaginator(request -> request.logGroupName(group).limit(7)).events().stream()
                .count()).isEqualTo(25);
    }

    @Test
    void filterLogEventsErrorsAreAwsErrors() {
        createStream("s");

        assertLogsError(400, "InvalidParameterException", () -> logs.filterLogEvents(request -> request
                .logGroupName(group).logStreamNames("s").logStreamNamePrefix("s")));
        assertLogsError(400, "InvalidParameterException", () -> logs.filterLogEvents(request -> request
                .logGroupName(group).filterPattern("{ $.a = ")));
        assertLogsError(400, "InvalidParameterException", () -> logs.filterLogEvents(request -> request
                .logGroupName(group).filterPattern("[ip, user, status=4*]")));
        assertLogsError(400, "InvalidParameterException", () -> logs.filterLogEvents(request -> request
                .logGroupName(group).limit(10_001)));
        assertLogsError(400, "ResourceNotFoundException", () -> logs.filterLogEvents(request -> request
                .logGroupName(group + "-absent")));
    }

    @Test
    void retentionTakesTheValuesAwsAllows() {
        createGroup();

        logs.putRetentionPolicy(request -> request.logGroupName(group).retentionInDays(545));
        assertThat(describe().retentionInDays()).isEqualTo(545);
        assertLogsError(400, "InvalidParameterException", () -> logs.putRetentionPolicy(request -> request
                .logGroupName(group).retentionInDays(2)));
        logs.deleteRetentionPolicy(request -> request.logGroupName(group));
        assertThat(describe().retentionInDays()).isNull();
        assertLogsError(400, "ResourceNotFoundException", () -> logs.putRetentionPolicy(request -> request
                .logGroupName(group + "-absent").retentionInDays(1)));
    }

    @Test
    void tagsAreReachedByGroupNameAndByArn() {
        createGroup();
        String arn = describe().logGroupArn();

        logs.tagLogGroup(request -> request.logGroupName(group).tags(Map.of("a", "1", "b", "2")));
        logs.untagLogGroup(request -> request.logGroupName(group).tags("a"));
        logs.tagResource(request -> request.resourceArn(arn).tags(Map.of("c", "3")));
        logs.untagResource(request -> request.resourceArn(arn).tagKeys("b"));

        assertThat(logs.listTagsLogGroup(request -> request.logGroupName(group)).tags()).isEqualTo(Map.of("c", "3"));
        assertThat(logs.listTagsForResource(request -> request.resourceArn(arn)).tags()).isEqualTo(Map.of("c", "3"));
        assertLogsError(400, "TooManyTagsException", () -> logs.tagResource(request -> request.resourceArn(arn)
                .tags(IntStream.range(0, 50).boxed().collect(java.util.stream.Collectors.toMap(index -> "k" + index,
                        index -> "v")))));
        assertLogsError(400, "ResourceNotFoundException", () -> logs.listTagsForResource(request -> request
                .resourceArn(arn + "-absent")));
    }

    @Test
    void anOperationBaristaDoesNotImplementAnswers501() {
        assertLogsError(501, "NotImplemented", () -> logs.describeMetricFilters(request -> request
                .logGroupName(group)));
    }

    private void createGroup() {
        logs.createLogGroup(request -> request.logGroupName(group));
    }

    private void createStream(String stream) {
        if (logs.describeLogGroups(request -> request.logGroupNamePrefix(group)).logGroups().isEmpty()) {
            createGroup();
        }
        logs.createLogStream(request -> request.logGroupName(group).logStreamName(stream));
    }

    private void put(String stream, long timestamp, String message) {
        logs.putLogEvents(request -> request.logGroupName(group).logStreamName(stream)
                .logEvents(event(timestamp, message)));
    }

    private LogGroup describe() {
        return logs.describeLogGroups(request -> request.logGroupNamePrefix(group)).logGroups().getFirst();
    }

    private List<String> filter(String pattern) {
        return logs.filterLogEvents(request -> request.logGroupName(group).filterPattern(pattern)).events().stream()
                .map(FilteredLogEvent::message).toList();
    }

    private static InputLogEvent event(long timestamp, String message) {
        return InputLogEvent.builder().timestamp(timestamp).message(message).build();
    }

    private static List<String> messages(GetLogEventsResponse response) {
        return response.events().stream().map(OutputLogEvent::message).toList();
    }
}
