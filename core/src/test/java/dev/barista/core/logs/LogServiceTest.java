package dev.barista.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final long T = NOW.toEpochMilli();
    private static final AccountSettings ACCOUNT = new AccountSettings("123456789012", "eu-west-1", 1000, 100);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryLogStore store = new InMemoryLogStore();
    private LogService logs = new LogService(store, new LogSettings(1_000_000, 3, 1000), ACCOUNT, clock);

    @AfterEach
    void close() {
        logs.close();
    }

    @Test
    void aGroupIsCreatedOnceWithAValidName() {
        logs.createLogGroup("/aws/lambda/orders", Map.of("team", "core"), null);

        assertFails(() -> logs.createLogGroup("/aws/lambda/orders", null, null), ErrorCode.RESOURCE_CONFLICT,
                "The specified log group already exists");
        assertFails(() -> logs.createLogGroup("bad name", null, null), ErrorCode.VALIDATION,
                "Member must satisfy regular expression pattern");
        assertFails(() -> logs.createLogGroup("x".repeat(513), null, null), ErrorCode.VALIDATION,
                "Member must have length less than or equal to 512");
        assertFails(() -> logs.createLogGroup("other", null, "INFREQUENT_ACCESS"), ErrorCode.INVALID_PARAMETER_VALUE,
                "only the STANDARD log group class");
        assertThat(logs.tags("/aws/lambda/orders", false)).isEqualTo(Map.of("team", "core"));
    }

    @Test
    void theAccountsGroupQuotaIsALimitExceeded() {
        logs.createLogGroup("a", null, null);
        logs.createLogGroup("b", null, null);
        logs.createLogGroup("c", null, null);

        assertFails(() -> logs.createLogGroup("d", null, null), ErrorCode.LIMIT_EXCEEDED, "Resource limit exceeded.");
    }

    @Test
    void groupsArePagedWithTokens() {
        for (String name : List.of("g1", "g2", "g3")) {
            logs.createLogGroup(name, null, null);
        }

        Listing<LogGroup> first = logs.describeLogGroups(null, null, null, null, 2);
        Listing<LogGroup> second = logs.describeLogGroups(null, null, null, first.nextToken(), 2);

        assertThat(first.items()).extracting(LogGroup::name).containsExactly("g1", "g2");
        assertThat(second.items()).extracting(LogGroup::name).containsExactly("g3");
        assertThat(second.nextToken()).isNull();
        assertThat(logs.describeLogGroups(null, null, List.of("g3", logs.groupArn("g1"), "absent"), null, null)
                .items()).extracting(LogGroup::name).containsExactly("g1", "g3");
        assertFails(() -> logs.describeLogGroups(null, null, null, "bogus!", 2), ErrorCode.INVALID_PARAMETER_VALUE,
                "The specified nextToken is invalid.");
        assertFails(() -> logs.describeLogGroups(null, null, null, null, 51), ErrorCode.VALIDATION,
                "Member must have value less than or equal to 50");
        assertFails(() -> logs.describeLogGroups("g", "1", null, null, null), ErrorCode.INVALID_PARAMETER_VALUE,
                "mutually exclusive");
    }

    @Test
    void retentionTakesOnlyTheValuesAwsAllows() {
        logs.createLogGroup("app", null, null);

        logs.putRetentionPolicy("app", 545);
        assertThat(store.group("app").orElseThrow().retentionInDays()).isEqualTo(545);
        assertFails(() -> logs.putRetentionPolicy("app", 2), ErrorCode.VALIDATION,
                "Member must satisfy enum value set: [1, 3, 5, 7, 14, 30");
        assertFails(() -> logs.putRetentionPolicy("missing", 1), ErrorCode.RESOURCE_NOT_FOUND,
                "The specified log group does not exist.");
        logs.deleteRetentionPolicy("app");
        assertThat(store.group("app").orElseThrow().retentionInDays()).isNull();
    }

    @Test
    void tagsAreReachedByNameOrByArn() {
        logs.createLogGroup("app", null, null);
        String arn = logs.groupArn("app");

        logs.tag(arn, true, Map.of("a", "1"));
        logs.tag("app", false, Map.of("b", "2"));
        logs.untag(arn, true, List.of("a"));

        assertThat(arn).isEqualTo("arn:aws:logs:eu-west-1:123456789012:log-group:app");
        assertThat(logs.tags(arn, true)).isEqualTo(Map.of("b", "2"));
        assertFails(() -> logs.tags("arn:aws:logs:us-east-1:123456789012:log-group:app", true),
                ErrorCode.RESOURCE_NOT_FOUND, "does not exist");
        assertFails(() -> logs.tags("arn:aws:lambda:eu-west-1:123456789012:function:f", true),
                ErrorCode.INVALID_PARAMETER_VALUE, "Invalid ARN");
        assertFails(() -> logs.tag("app", false, Map.of("aws:x", "1")), ErrorCode.VALIDATION, "aws:");
    }

    @Test
    void aGroupHasAtMostFiftyTags() {
        logs.createLogGroup("app", null, null);
        Map<String, String> tags = new java.util.HashMap<>();
        IntStream.range(0, 50).forEach(index -> tags.put("k" + index, "v"));
        logs.tag("app", false, tags);

        assertFails(() -> logs.tag(logs.groupArn("app"), true, Map.of("one-more", "v")), ErrorCode.TOO_MANY_TAGS,
                "50 tags");
        assertFails(() -> logs.tag("app", false, Map.of("one-more", "v")), ErrorCode.INVALID_PARAMETER_VALUE,
                "50 tags");
        logs.tag("app", false, Map.of("k1", "overwritten"));
    }

    @Test
    void streamsNeedTheirGroup() {
        assertFails(() -> logs.createLogStream("missing", "s"), ErrorCode.RESOURCE_NOT_FOUND,
                "The specified log group does not exist.");
        logs.createLogGroup("app", null, null);
        logs.createLogStream("app", "s");

        assertFails(() -> logs.createLogStream("app", "s"), ErrorCode.RESOURCE_CONFLICT,
                "The specified log stream already exists");
        assertFails(() -> logs.createLogStream("app", "a:b"), ErrorCode.VALIDATION, "[^:*]*");
        assertFails(() -> logs.deleteLogStream("app", "other"), ErrorCode.RESOURCE_NOT_FOUND,
                "The specified log stream does not exist.");
        assertFails(() -> describeStreams("LastEventTime", "s", null), ErrorCode.INVALID_PARAMETER_VALUE,
                "Cannot order by LastEventTime with a logStreamNamePrefix.");
    }

    @Test
    void streamsArePagedInEitherOrder() {
        logs.createLogGroup("app", null, null);
        for (String name : List.of("a", "b", "c")) {
            logs.createLogStream("app", name);
        }

        StreamListing first = logs.describeLogStreams(new StreamsRequest("app", null, null, "LogStreamName",
                true, null, 2));
        StreamListing second = logs.describeLogStreams(new StreamsRequest(null, logs.groupArn("app"), null,
                "LogStreamName", true, first.nextToken(), 2));

        assertThat(first.streams()).extracting(LogStream::name).containsExactly("c", "b");
        assertThat(second.streams()).extracting(LogStream::name).containsExactly("a");
        assertThat(second.groupArn()).isEqualTo(logs.groupArn("app"));
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void putLogEventsStoresTheBatchDurablyBeforeAnswering() {
        createStream();

        PutLogEventsResult result = logs.putLogEvents("app", "s", List.of(event(T - 5, "one"), event(T, "two")));

        assertThat(result.rejectedAny()).isFalse();
        assertThat(result.nextSequenceToken()).hasSize(56);
        assertThat(store.events("app", "s", EventPosition.before(0), EventPosition.after(Long.MAX_VALUE), true, 10))
                .extracting(StoredLogEvent::message).containsExactly("one", "two");
    }

    @Test
    void putLogEventsReportsEventsTooOldTooNewOrExpiredAndStoresTheRest() {
        createStream();
        logs.putRetentionPolicy("app", 1);
        long day = Duration.ofDays(1).toMillis();

        PutLogEventsResult result = logs.putLogEvents("app", "s", List.of(event(T - 15 * day, "too old"),
                event(T - 2 * day, "expired"), event(T - 1000, "kept"), event(T + 3 * 3_600_000L, "too new")));

        assertThat(result.tooOldEndIndex()).isEqualTo(0);
        assertThat(result.expiredEndIndex()).isEqualTo(1);
        assertThat(result.tooNewStartIndex()).isEqualTo(3);
        assertThat(messages(logs.getLogEvents(request(null, null, null, null, true)).events()))
                .containsExactly("kept");
    }

    @Test
    void putLogEventsRefusesBatchesAwsRefuses() {
        createStream();
        long hour = 3_600_000L;

        assertFails(() -> logs.putLogEvents("app", "s", List.of(event(T, "b"), event(T - 1, "a"))),
                ErrorCode.INVALID_PARAMETER_VALUE, "must be in chronological order");
        assertFails(() -> logs.putLogEvents("app", "s", List.of(event(T - 25 * hour, "a"), event(T, "b"))),
                ErrorCode.INVALID_PARAMETER_VALUE, "cannot span more than 24 hours");
        assertFails(() -> logs.putLogEvents("app", "s", List.of()), ErrorCode.VALIDATION,
                "Member must have length greater than or equal to 1");
        assertFails(() -> logs.putLogEvents("app", "s", List.of(event(T, "x".repeat(1_048_551)))),
                ErrorCode.INVALID_PARAMETER_VALUE, "Log event too large");
        assertFails(() -> logs.putLogEvents("app", "s", IntStream.range(0, 10_001).mapToObj(i -> event(T, "x"))
                .toList()), ErrorCode.VALIDATION, "less than or equal to 10000");
        assertFails(() -> logs.putLogEvents("app", "s", IntStream.range(0, 3).mapToObj(i -> event(T,
                "x".repeat(400_000))).toList()), ErrorCode.INVALID_PARAMETER_VALUE, "Upload too large");
        assertFails(() -> logs.putLogEvents("app", "missing", List.of(event(T, "a"))),
                ErrorCode.RESOURCE_NOT_FOUND, "The specified log stream does not exist.");
        assertFails(() -> logs.putLogEvents("missing", "s", List.of(event(T, "a"))),
                ErrorCode.RESOURCE_NOT_FOUND, "The specified log group does not exist.");
    }

    @Test
    void getLogEventsStartsFromTheTailByDefaultAndPagesBackwardAndForward() {
        createStream();
        logs.putLogEvents("app", "s", IntStream.range(0, 5).mapToObj(i -> event(T + i, "e" + i)).toList());

        EventsPage tail = logs.getLogEvents(request(null, null, null, 2, null));
        EventsPage earlier = logs.getLogEvents(request(null, null, tail.nextBackwardToken(), 2, null));
        EventsPage earliest = logs.getLogEvents(request(null, null, earlier.nextBackwardToken(), 2, null));
        EventsPage beyond = logs.getLogEvents(request(null, null, earliest.nextBackwardToken(), 2, null));
        EventsPage forward = logs.getLogEvents(request(null, null, earliest.nextForwardToken(), 2, null));

        assertThat(messages(tail.events())).containsExactly("e3", "e4");
        assertThat(messages(earlier.events())).containsExactly("e1", "e2");
        assertThat(messages(earliest.events())).containsExactly("e0");
        assertThat(beyond.events()).isEmpty();
        assertThat(beyond.nextBackwardToken()).isEqualTo(earliest.nextBackwardToken());
        assertThat(messages(forward.events())).containsExactly("e1", "e2");
    }

    @Test
    void getLogEventsReturnsTheSameForwardTokenAtTheEndUntilNewEventsArrive() {
        createStream();
        logs.putLogEvents("app", "s", List.of(event(T, "first")));

        EventsPage head = logs.getLogEvents(request(null, null, null, null, true));
        EventsPage end = logs.getLogEvents(request(null, null, head.nextForwardToken(), null, null));
        logs.putLogEvents("app", "s", List.of(event(T + 1, "second")));
        EventsPage next = logs.getLogEvents(request(null, null, end.nextForwardToken(), null, null));

        assertThat(messages(head.events())).containsExactly("first");
        assertThat(end.events()).isEmpty();
        assertThat(end.nextForwardToken()).isEqualTo(head.nextForwardToken());
        assertThat(messages(next.events())).containsExactly("second");
        assertThat(head.nextForwardToken()).matches("f/[0-9]{56}/s");
        assertThat(head.nextBackwardToken()).matches("b/[0-9]{56}/s");
    }

    @Test
    void getLogEventsIncludesTheStartTimeButNotTheEndTime() {
        createStream();
        logs.putLogEvents("app", "s", IntStream.range(0, 5).mapToObj(i -> event(T + i, "e" + i)).toList());

        assertThat(messages(logs.getLogEvents(request(T + 1, T + 3, null, null, true)).events()))
                .containsExactly("e1", "e2");
        assertFails(() -> logs.getLogEvents(request(null, null, "f/123/s", null, null)),
                ErrorCode.INVALID_PARAMETER_VALUE, "nextToken");
    }

    @Test
    void filterLogEventsPagesWithATokenAndIncludesItsEndTime() {
        createStream();
        logs.putLogEvents("app", "s", IntStream.range(0, 25).mapToObj(i -> event(T + i, "Message " + i)).toList());

        FilteredEvents first = logs.filterLogEvents(filter(null, null, null, 20));
        FilteredEvents second = logs.filterLogEvents(filter(null, null, first.nextToken(), 20));
        FilteredEvents bounded = logs.filterLogEvents(filter(T + 3, T + 5, null, null));

        assertThat(first.events()).hasSize(20);
        assertThat(second.events()).hasSize(5);
        assertThat(second.nextToken()).isNull();
        assertThat(messages(bounded.events())).containsExactly("Message 3", "Message 4", "Message 5");
        assertThat(first.events().getFirst().eventId()).hasSize(56);
    }

    @Test
    void filterLogEventsTakesStreamNamesOrAPrefixNotBoth() {
        createStream();

        assertFails(() -> logs.filterLogEvents(new FilterRequest("app", null, List.of("s"), "s", null, null, null,
                null, null)), ErrorCode.INVALID_PARAMETER_VALUE, "mutually exclusive");
        assertFails(() -> logs.filterLogEvents(new FilterRequest("app", "app", null, null, null, null, null, null,
                null)), ErrorCode.INVALID_PARAMETER_VALUE, "not both");
        assertFails(() -> logs.filterLogEvents(new FilterRequest("missing", null, null, null, null, null, null, null,
                null)), ErrorCode.RESOURCE_NOT_FOUND, "log group");
    }

    @Test
    void functionOutputCreatesItsGroupAndStreamAndEndsEachLineWithANewline() {
        logs.append(new LogEvent("/aws/lambda/f", "2026/11/22/[$LATEST]abc", NOW, "hello"));
        logs.append(new LogEvent("/aws/lambda/f", "2026/11/22/[$LATEST]abc", NOW.plusMillis(1), "world"));
        logs.close();

        assertThat(store.events("/aws/lambda/f", "2026/11/22/[$LATEST]abc", EventPosition.before(0),
                EventPosition.after(Long.MAX_VALUE), true, 10)).extracting(StoredLogEvent::message)
                .containsExactly("hello\n", "world\n");
    }

    @Test
    void enforcingBoundsAppliesRetentionByTheClock() {
        createStream();
        logs.putRetentionPolicy("app", 1);
        logs.putLogEvents("app", "s", List.of(event(T, "old")));
        clock.advance(Duration.ofHours(12));
        logs.putLogEvents("app", "s", List.of(event(clock.millis(), "new")));

        logs.enforceBounds();
        assertThat(messages(logs.filterLogEvents(filter(null, null, null, null)).events())).containsExactly("old",
                "new");
        clock.advance(Duration.ofHours(13));
        logs.enforceBounds();

        assertThat(messages(logs.filterLogEvents(filter(null, null, null, null)).events())).containsExactly("new");
    }

    @Test
    void enforcingBoundsDeletesTheOldestEventsBeyondTheSizeBound() {
        logs.close();
        logs = new LogService(store, new LogSettings(10, 10, 1000), ACCOUNT, clock);
        createStream();
        logs.putLogEvents("app", "s", List.of(event(T, "aaaaa"), event(T, "bbbbb"), event(T, "ccccc")));

        logs.enforceBounds();

        assertThat(messages(logs.filterLogEvents(filter(null, null, null, null)).events())).containsExactly("bbbbb",
                "ccccc");
    }

    private void createStream() {
        logs.createLogGroup("app", null, null);
        logs.createLogStream("app", "s");
    }

    private StreamListing describeStreams(String orderBy, String prefix, String token) {
        return logs.describeLogStreams(new StreamsRequest("app", null, prefix, orderBy, null, token, null));
    }

    private static EventsRequest request(Long start, Long end, String token, Integer limit, Boolean fromHead) {
        return new EventsRequest("app", null, "s", start, end, token, limit, fromHead);
    }

    private static FilterRequest filter(Long start, Long end, String token, Integer limit) {
        return new FilterRequest("app", null, null, null, start, end, null, token, limit);
    }

    private static NewLogEvent event(long timestamp, String message) {
        return new NewLogEvent(timestamp, message);
    }

    private static List<String> messages(List<StoredLogEvent> events) {
        return new ArrayList<>(events.stream().map(StoredLogEvent::message).toList());
    }

    private static void assertFails(ThrowingCallable call, ErrorCode code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BaristaException.class, failure -> {
            assertThat(failure.code()).isEqualTo(code);
            assertThat(failure.getMessage()).contains(message);
        });
    }
}
