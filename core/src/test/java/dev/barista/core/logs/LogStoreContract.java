package dev.barista.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link LogStore} keeps. A store implementation's test extends this class and makes a fresh,
 * empty store for each test.
 */
public abstract class LogStoreContract {
    protected static final Instant CREATED = Instant.parse("2026-11-22T10:00:00Z");
    protected static final long T0 = CREATED.toEpochMilli();

    protected LogStore store;

    /** A new, empty store. Called before each test; the subclass closes what it opened after each test. */
    protected abstract LogStore newStore();

    @BeforeEach
    final void openStore() {
        store = newStore();
    }

    @Test
    void aCreatedGroupIsDescribedWithItsTags() {
        assertThat(store.createGroup("/aws/lambda/orders", CREATED, Map.of("team", "core"))).isTrue();

        assertThat(store.group("/aws/lambda/orders")).contains(new LogGroup("/aws/lambda/orders", CREATED, null, 0));
        assertThat(store.tags("/aws/lambda/orders")).contains(Map.of("team", "core"));
        assertThat(store.groupCount()).isEqualTo(1);
    }

    @Test
    void aGroupNameIsTakenOnce() {
        store.createGroup("app", CREATED, Map.of());

        assertThat(store.createGroup("app", CREATED.plusSeconds(1), Map.of())).isFalse();
        assertThat(store.group("app").orElseThrow().createdAt()).isEqualTo(CREATED);
    }

    @Test
    void groupsAreListedByNameWithPrefixSubstringAndPaging() {
        for (String name : List.of("b/two", "a/one", "b/one", "c/bone")) {
            store.createGroup(name, CREATED, Map.of());
        }

        assertThat(names(store.groups(new GroupQuery(null, null, null, 10)))).containsExactly("a/one", "b/one",
                "b/two", "c/bone");
        assertThat(names(store.groups(new GroupQuery("b/", null, null, 10)))).containsExactly("b/one", "b/two");
        assertThat(names(store.groups(new GroupQuery(null, "one", null, 10)))).containsExactly("a/one", "b/one",
                "c/bone");
        assertThat(names(store.groups(new GroupQuery(null, null, "a/one", 2)))).containsExactly("b/one", "b/two");
    }

    @Test
    void retentionIsSetAndRemoved() {
        store.createGroup("app", CREATED, Map.of());

        assertThat(store.setRetention("app", 7)).isTrue();
        assertThat(store.group("app").orElseThrow().retentionInDays()).isEqualTo(7);
        assertThat(store.setRetention("app", null)).isTrue();
        assertThat(store.group("app").orElseThrow().retentionInDays()).isNull();
        assertThat(store.setRetention("missing", 7)).isFalse();
    }

    @Test
    void tagsAreAddedOverwrittenAndRemoved() {
        store.createGroup("app", CREATED, Map.of("a", "1", "b", "2"));

        assertThat(store.putTags("app", Map.of("b", "3", "c", "4"))).isTrue();
        assertThat(store.removeTags("app", List.of("a", "absent"))).isTrue();

        assertThat(store.tags("app")).contains(Map.of("b", "3", "c", "4"));
        assertThat(store.tags("missing")).isEmpty();
        assertThat(store.putTags("missing", Map.of("x", "y"))).isFalse();
        assertThat(store.removeTags("missing", List.of("x"))).isFalse();
    }

    @Test
    void streamsAreCreatedOnceInAnExistingGroup() {
        store.createGroup("app", CREATED, Map.of());

        assertThat(store.createStream("app", "s1", CREATED)).isEqualTo(LogStore.StreamCreation.CREATED);
        assertThat(store.createStream("app", "s1", CREATED)).isEqualTo(LogStore.StreamCreation.ALREADY_EXISTS);
        assertThat(store.createStream("missing", "s1", CREATED)).isEqualTo(LogStore.StreamCreation.NO_GROUP);
        assertThat(store.stream("app", "s1")).contains(new LogStream("s1", CREATED, null, null, null, 0));
    }

    @Test
    void appendedEventsUpdateTheirStreamAndGroup() {
        store.createGroup("app", CREATED, Map.of());
        store.createStream("app", "s1", CREATED);

        assertThat(store.append(List.of(batch("app", "s1", false, event(T0 + 5, "late"), event(T0 + 1, "éarly"))),
                T0 + 100)).containsExactly(true);

        LogStream stream = store.stream("app", "s1").orElseThrow();
        assertThat(stream.firstEventAt()).isEqualTo(Instant.ofEpochMilli(T0 + 1));
        assertThat(stream.lastEventAt()).isEqualTo(Instant.ofEpochMilli(T0 + 5));
        assertThat(stream.lastIngestedAt()).isEqualTo(Instant.ofEpochMilli(T0 + 100));
        assertThat(stream.storedBytes()).isEqualTo(10);
        assertThat(store.group("app").orElseThrow().storedBytes()).isEqualTo(10);
        assertThat(store.storedBytes()).isEqualTo(10);
    }

    @Test
    void aBatchThatMayCreateCreatesItsGroupAndStream() {
        assertThat(store.append(List.of(batch("/aws/lambda/f", "2026/11/22/[$LATEST]abc", true, event(T0, "hi"))),
                T0 + 3)).containsExactly(true);

        assertThat(store.group("/aws/lambda/f").orElseThrow().createdAt()).isEqualTo(Instant.ofEpochMilli(T0 + 3));
        assertThat(store.stream("/aws/lambda/f", "2026/11/22/[$LATEST]abc").orElseThrow().createdAt())
                .isEqualTo(Instant.ofEpochMilli(T0 + 3));
        assertThat(store.tags("/aws/lambda/f")).contains(Map.of());
    }

    @Test
    void aBatchThatMayNotCreateIsRefusedAloneWhenItsStreamIsMissing() {
        store.createGroup("app", CREATED, Map.of());
        store.createStream("app", "s1", CREATED);

        assertThat(store.append(List.of(batch("app", "missing", false, event(T0, "x")),
                batch("app", "s1", false, event(T0, "kept")), batch("nogroup", "s1", false, event(T0, "y"))), T0))
                .containsExactly(false, true, false);
        assertThat(messages(store.events("app", "s1", EventPosition.before(0), EventPosition.after(Long.MAX_VALUE),
                true, 10))).containsExactly("kept");
        assertThat(store.group("nogroup")).isEmpty();
    }

    @Test
    void eventsAreReadByTimestampThenArrivalBetweenPositions() {
        appendTo("app", "s1", event(T0 + 20, "c"), event(T0 + 10, "a"), event(T0 + 10, "b"), event(T0 + 30, "d"));

        List<StoredLogEvent> all = store.events("app", "s1", EventPosition.before(0),
                EventPosition.after(Long.MAX_VALUE), true, 10);
        assertThat(messages(all)).containsExactly("a", "b", "c", "d");
        assertThat(all.getFirst().streamName()).isEqualTo("s1");
        assertThat(messages(store.events("app", "s1", all.get(0).position(), all.get(3).position(), true, 10)))
                .containsExactly("b", "c");
        assertThat(messages(store.events("app", "s1", EventPosition.before(T0 + 10), EventPosition.before(T0 + 30),
                true, 10))).containsExactly("a", "b", "c");
    }

    @Test
    void aLimitTakesTheFirstFromTheHeadAndTheLastOtherwise() {
        appendTo("app", "s1", event(T0 + 1, "1"), event(T0 + 2, "2"), event(T0 + 3, "3"));

        EventPosition start = EventPosition.before(0);
        EventPosition end = EventPosition.after(Long.MAX_VALUE);
        assertThat(messages(store.events("app", "s1", start, end, true, 2))).containsExactly("1", "2");
        assertThat(messages(store.events("app", "s1", start, end, false, 2))).containsExactly("2", "3");
        assertThat(store.events("app", "missing", start, end, true, 2)).isEmpty();
    }

    @Test
    void batchesThatOverlapInTimeAreReadInterleaved() {
        appendTo("app", "s1", event(T0 + 1, "1"), event(T0 + 5, "5"));
        appendTo("app", "s1", event(T0 + 2, "2"), event(T0 + 3, "3"));
        appendTo("app", "s1", event(T0 + 5, "5 later"));

        EventPosition start = EventPosition.before(0);
        EventPosition end = EventPosition.after(Long.MAX_VALUE);
        assertThat(messages(store.events("app", "s1", start, end, true, 10))).containsExactly("1", "2", "3", "5",
                "5 later");
        assertThat(messages(store.events("app", "s1", start, end, false, 3))).containsExactly("3", "5", "5 later");
        assertThat(messages(store.filter("app", query(null, null, new FilterPattern.MatchAll(), 10)).events()))
                .containsExactly("1", "2", "3", "5", "5 later");
    }

    @Test
    void aBatchSpanningHoursIsReadInOrderFromEitherEnd() {
        long hour = 3_600_000L;
        appendTo("app", "s1", IntStream.range(0, 24).mapToObj(index -> event(T0 + index * hour, "h" + index))
                .toArray(NewLogEvent[]::new));

        assertThat(messages(store.events("app", "s1", EventPosition.before(T0 + 5 * hour),
                EventPosition.after(Long.MAX_VALUE), true, 2))).containsExactly("h5", "h6");
        assertThat(messages(store.events("app", "s1", EventPosition.before(0), EventPosition.before(T0 + 5 * hour),
                false, 2))).containsExactly("h3", "h4");
    }

    @Test
    void aLargeBatchIsReadBackWholeInPages() {
        appendTo("app", "s1", IntStream.range(0, 25_000).mapToObj(index -> event(T0 + index / 3, "e" + index))
                .toArray(NewLogEvent[]::new));

        List<String> read = new java.util.ArrayList<>();
        EventPosition after = EventPosition.before(0);
        List<StoredLogEvent> page;
        do {
            page = store.events("app", "s1", after, EventPosition.after(Long.MAX_VALUE), true, 10_000);
            read.addAll(messages(page));
            after = page.isEmpty() ? after : page.getLast().position();
        } while (!page.isEmpty());

        assertThat(read).hasSize(25_000);
        assertThat(read).containsExactlyElementsOf(IntStream.range(0, 25_000).mapToObj(index -> "e" + index)
                .toList());
    }

    @Test
    void streamsAreListedByNameOrLastEventTimeInEitherDirection() {
        store.createGroup("app", CREATED, Map.of());
        store.createStream("app", "empty", CREATED);
        appendTo("app", "b", event(T0 + 30, "x"));
        appendTo("app", "a", event(T0 + 20, "x"));
        appendTo("app", "c", event(T0 + 10, "x"));

        assertThat(streamNames(StreamQuery.Order.NAME, false, null, null)).containsExactly("a", "b", "c", "empty");
        assertThat(streamNames(StreamQuery.Order.NAME, true, null, null)).containsExactly("empty", "c", "b", "a");
        assertThat(streamNames(StreamQuery.Order.NAME, false, "e", null)).containsExactly("empty");
        assertThat(streamNames(StreamQuery.Order.LAST_EVENT_TIME, false, null, null))
                .containsExactly("empty", "c", "a", "b");
        assertThat(streamNames(StreamQuery.Order.LAST_EVENT_TIME, true, null, null))
                .containsExactly("b", "a", "c", "empty");
        assertThat(streamNames(StreamQuery.Order.LAST_EVENT_TIME, true, null,
                new StreamQuery.StreamKey(T0 + 20, "a"))).containsExactly("c", "empty");
        assertThat(streamNames(StreamQuery.Order.NAME, false, null, new StreamQuery.StreamKey(0, "b")))
                .containsExactly("c", "empty");
    }

    @Test
    void deletingAStreamDeletesItsEvents() {
        appendTo("app", "s1", event(T0, "gone"));

        assertThat(store.deleteStream("app", "s1")).isTrue();
        assertThat(store.deleteStream("app", "s1")).isFalse();
        assertThat(store.stream("app", "s1")).isEmpty();
        store.createStream("app", "s1", CREATED);
        assertThat(store.events("app", "s1", EventPosition.before(0), EventPosition.after(Long.MAX_VALUE), true, 10))
                .isEmpty();
        assertThat(store.storedBytes()).isZero();
    }

    @Test
    void deletingAGroupDeletesItsStreamsEventsAndTags() {
        store.createGroup("app", CREATED, Map.of("a", "1"));
        appendTo("app", "s1", event(T0, "gone"));

        assertThat(store.deleteGroup("app")).isTrue();
        assertThat(store.deleteGroup("app")).isFalse();
        store.createGroup("app", CREATED, Map.of());

        assertThat(store.tags("app")).contains(Map.of());
        assertThat(store.stream("app", "s1")).isEmpty();
        assertThat(store.filter("app", query(null, null, new FilterPattern.MatchAll(), 10)).events()).isEmpty();
        assertThat(store.storedBytes()).isZero();
    }

    @Test
    void positionsAreNeverReusedAfterDeletions() {
        appendTo("app", "s1", event(T0, "first"));
        long firstSequence = all("app", "s1").getFirst().position().sequence();
        store.deleteGroup("app");

        appendTo("app", "s1", event(T0, "second"));

        assertThat(all("app", "s1").getFirst().position().sequence()).isGreaterThan(firstSequence);
    }

    @Test
    void filterInterleavesTheSelectedStreamsByTimestamp() {
        appendTo("app", "s1", event(T0 + 1, "one ERROR"), event(T0 + 3, "three"));
        appendTo("app", "s2", event(T0 + 2, "two ERROR"), event(T0 + 4, "four ERROR"));
        appendTo("app", "t1", event(T0 + 5, "five ERROR"));

        assertThat(messages(store.filter("app", query(null, null, new FilterPattern.MatchAll(), 100)).events()))
                .containsExactly("one ERROR", "two ERROR", "three", "four ERROR", "five ERROR");
        assertThat(messages(store.filter("app", query(null, null, FilterPattern.parse("ERROR"), 100)).events()))
                .containsExactly("one ERROR", "two ERROR", "four ERROR", "five ERROR");
        assertThat(messages(store.filter("app", query(Set.of("s2", "t1"), null, FilterPattern.parse("ERROR"), 100))
                .events())).containsExactly("two ERROR", "four ERROR", "five ERROR");
        assertThat(messages(store.filter("app", query(null, "s", FilterPattern.parse("ERROR -two"), 100))
                .events())).containsExactly("one ERROR", "four ERROR");
        assertThat(store.filter("app", query(null, null, FilterPattern.parse("ERROR"), 100)).events().get(1)
                .streamName()).isEqualTo("s2");
    }

    @Test
    void filterKeepsToItsTimeRangeWithAnInclusiveEnd() {
        appendTo("app", "s1", event(T0 + 1, "a"), event(T0 + 2, "b"), event(T0 + 3, "c"), event(T0 + 4, "d"));

        FilterResult result = store.filter("app", new FilterQuery(null, null, EventPosition.before(T0 + 2),
                EventPosition.after(T0 + 3), new FilterPattern.MatchAll(), 100, 1_000_000));

        assertThat(messages(result.events())).containsExactly("b", "c");
        assertThat(result.resumeAfter()).isNull();
    }

    @Test
    void filterStopsAtItsLimitAndResumesAfterTheLastEvent() {
        appendTo("app", "s1", IntStream.range(0, 25).mapToObj(index -> event(T0 + index, "message " + index))
                .toArray(NewLogEvent[]::new));

        FilterResult first = store.filter("app", query(null, null, new FilterPattern.MatchAll(), 20));
        FilterResult second = store.filter("app", new FilterQuery(null, null, first.resumeAfter(),
                EventPosition.after(Long.MAX_VALUE), new FilterPattern.MatchAll(), 20, 1_000_000));

        assertThat(first.events()).hasSize(20);
        assertThat(first.resumeAfter()).isEqualTo(first.events().getLast().position());
        assertThat(messages(second.events())).containsExactly("message 20", "message 21", "message 22",
                "message 23", "message 24");
        assertThat(second.resumeAfter()).isNull();
    }

    @Test
    void filterStopsBeforeItsByteBoundButReturnsAtLeastOneEvent() {
        appendTo("app", "s1", event(T0 + 1, "x".repeat(600)), event(T0 + 2, "y".repeat(600)));

        FilterResult result = store.filter("app", new FilterQuery(null, null, EventPosition.before(0),
                EventPosition.after(Long.MAX_VALUE), new FilterPattern.MatchAll(), 100, 1000));

        assertThat(result.events()).hasSize(1);
        assertThat(result.resumeAfter()).isEqualTo(result.events().getFirst().position());
    }

    @Test
    void filterFindsEveryMatchOfAnIndexedPattern() {
        appendTo("app", "s1", event(T0 + 1, "{\"level\":\"ERROR\",\"latency\":120}"),
                event(T0 + 2, "{\"level\":\"INFO\",\"latency\":900}"), event(T0 + 3, "Task timed out after 3.00"),
                event(T0 + 4, "error lowercase"), event(T0 + 5, "ERRORS plural"));

        assertThat(messages(store.filter("app", query(null, null, FilterPattern.parse("{ $.level = \"ERROR\" }"),
                100)).events())).containsExactly("{\"level\":\"ERROR\",\"latency\":120}");
        assertThat(messages(store.filter("app", query(null, null, FilterPattern.parse("{ $.latency > 500 }"), 100))
                .events())).containsExactly("{\"level\":\"INFO\",\"latency\":900}");
        assertThat(messages(store.filter("app", query(null, null, FilterPattern.parse("\"timed out\""), 100))
                .events())).containsExactly("Task timed out after 3.00");
        assertThat(messages(store.filter("app", query(null, null, FilterPattern.parse("?error ?INFO"), 100))
                .events())).containsExactly("{\"level\":\"INFO\",\"latency\":900}", "error lowercase");
    }

    @Test
    void retentionDeletesOnlyOlderEventsOfTheGroup() {
        appendTo("app", "s1", event(T0 - 70_000, "old"));
        appendTo("app", "s1", event(T0, "new"));
        appendTo("other", "s1", event(T0 - 70_000, "kept"));

        assertThat(store.deleteEventsBefore("app", T0)).isEqualTo(1);

        assertThat(messages(all("app", "s1"))).containsExactly("new");
        assertThat(messages(all("other", "s1"))).containsExactly("kept");
        assertThat(store.group("app").orElseThrow().storedBytes()).isEqualTo(3);
        assertThat(store.storedBytes()).isEqualTo(7);
    }

    @Test
    void theOldestStoredEventsGoFirstWhenSpaceIsNeeded() {
        appendTo("app", "s1", event(T0 + 50, "aaaa"));
        appendTo("other", "s1", event(T0, "bbbb"));
        appendTo("app", "s1", event(T0 + 10, "cccc"));

        assertThat(store.deleteOldest(5)).isEqualTo(2);

        assertThat(messages(all("app", "s1"))).containsExactly("cccc");
        assertThat(all("other", "s1")).isEmpty();
        assertThat(store.storedBytes()).isEqualTo(4);
        assertThat(store.stream("app", "s1").orElseThrow().storedBytes()).isEqualTo(4);
    }

    protected void appendTo(String group, String stream, NewLogEvent... events) {
        assertThat(store.append(List.of(batch(group, stream, true, events)), T0 + 1000)).containsExactly(true);
    }

    protected List<StoredLogEvent> all(String group, String stream) {
        return store.events(group, stream, EventPosition.before(Long.MIN_VALUE), EventPosition.after(Long.MAX_VALUE),
                true, 10_000);
    }

    protected static LogBatch batch(String group, String stream, boolean create, NewLogEvent... events) {
        return new LogBatch(group, stream, List.of(events), create);
    }

    protected static NewLogEvent event(long timestamp, String message) {
        return new NewLogEvent(timestamp, message);
    }

    protected static FilterQuery query(Set<String> streams, String prefix, FilterPattern pattern, int limit) {
        return new FilterQuery(streams, prefix, EventPosition.before(Long.MIN_VALUE),
                EventPosition.after(Long.MAX_VALUE), pattern, limit, 1_048_576);
    }

    protected static List<String> messages(List<StoredLogEvent> events) {
        return events.stream().map(StoredLogEvent::message).toList();
    }

    private static List<String> names(List<LogGroup> groups) {
        return groups.stream().map(LogGroup::name).toList();
    }

    private List<String> streamNames(StreamQuery.Order order, boolean descending, String prefix,
                                     StreamQuery.StreamKey after) {
        return store.streams("app", new StreamQuery(order, descending, prefix, after, 10)).stream()
                .map(LogStream::name).toList();
    }
}
