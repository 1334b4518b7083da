package dev.barista.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one contract every {@link QueueStore} keeps. A store implementation's test extends this class, makes a fresh,
 * empty store for each test and, for {@link #reopened()}, the same store opened again (as after a restart).
 */
public abstract class QueueStoreContract {
    private static final Instant T0 = Instant.parse("2026-11-22T10:15:30.123Z");

    private QueueStore store;

    /** A new, empty store. Called before each test; the subclass closes what it opened after each test. */
    protected abstract QueueStore newStore();

    /** The store of this test opened again from what it wrote; the in-memory fake answers itself. */
    protected abstract QueueStore reopened();

    @BeforeEach
    final void openStore() {
        store = newStore();
    }

    @Test
    void anEmptyStoreHoldsNothing() {
        QueueSnapshot snapshot = store.load();

        assertThat(snapshot.queues()).isEmpty();
        assertThat(snapshot.messages()).isEmpty();
        assertThat(snapshot.deduplications()).isEmpty();
    }

    @Test
    void aCreatedQueueIsKeptWithEveryField() {
        StoredQueue queue = new StoredQueue("orders.fifo", true, Map.of("VisibilityTimeout", "45",
                "ContentBasedDeduplication", "true"), Map.of("team", "payments", "empty", ""), T0,
                T0.plusSeconds(1));

        store.apply(List.of(new QueueChange.QueueCreated(queue)));

        assertThat(reopened().load().queues()).containsExactly(queue);
    }

    @Test
    void anUpdateReplacesAttributesTagsAndModificationTime() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders"))));
        StoredQueue updated = new StoredQueue("orders", false, Map.of("DelaySeconds", "5"), Map.of("a", "b"), T0,
                T0.plusSeconds(60));

        store.apply(List.of(new QueueChange.QueueUpdated(updated)));

        assertThat(reopened().load().queues()).containsExactly(updated);
    }

    @Test
    void aSentMessageIsKeptWithEveryField() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders"))));
        StoredMessage message = new StoredMessage("orders", "id-1", 42, "héllo {\"a\":1}",
                Map.of("text", MessageAttributeValue.string("value"),
                        "count", new MessageAttributeValue("Number.int", "12", null),
                        "bytes", new MessageAttributeValue("Binary", null, new byte[] {0, 1, (byte) 0xff})),
                Map.of("AWSTraceHeader", MessageAttributeValue.string("Root=1-abc")), T0, "group-1", "dedup-1",
                T0.plusSeconds(5), 2, T0.plusSeconds(1), T0.plusSeconds(2), "token", "arn:aws:sqs:x:1:source");

        store.apply(List.of(new QueueChange.MessageSent(message, null)));

        assertThat(reopened().load().messages()).singleElement().usingRecursiveComparison().isEqualTo(message);
    }

    @Test
    void aMessageWithoutOptionalFieldsIsKept() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders"))));
        StoredMessage message = message("orders", "id-1", 1);

        store.apply(List.of(new QueueChange.MessageSent(message, null)));

        assertThat(reopened().load().messages()).singleElement().usingRecursiveComparison().isEqualTo(message);
    }

    @Test
    void messagesLoadInSequenceOrderAcrossQueues() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("a")), new QueueChange.QueueCreated(queue("b")),
                new QueueChange.MessageSent(message("b", "third", 30), null),
                new QueueChange.MessageSent(message("a", "first", 10), null),
                new QueueChange.MessageSent(message("b", "second", 20), null)));

        assertThat(reopened().load().messages()).extracting(StoredMessage::messageId)
                .containsExactly("first", "second", "third");
    }

    @Test
    void aMessageForAQueueTheStoreDoesNotHaveIsDropped() {
        store.apply(List.of(new QueueChange.MessageSent(message("gone", "id-1", 1), null)));

        assertThat(reopened().load().messages()).isEmpty();
    }

    @Test
    void aReceiveCountsAndKeepsTheFirstReceiveTime() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders")),
                new QueueChange.MessageSent(message("orders", "id-1", 1), null),
                new QueueChange.MessageSent(message("orders", "id-2", 2), null)));

        store.apply(List.of(new QueueChange.MessagesReceived("orders", List.of(1L, 2L), T0.plusSeconds(30),
                T0.plusSeconds(1), "token-1")));
        store.apply(List.of(new QueueChange.MessagesReceived("orders", List.of(1L), T0.plusSeconds(40),
                T0.plusSeconds(2), "token-2")));

        List<StoredMessage> loaded = reopened().load().messages();
        assertThat(loaded.get(0).visibleAt()).isEqualTo(T0.plusSeconds(40));
        assertThat(loaded.get(0).receiveCount()).isEqualTo(2);
        assertThat(loaded.get(0).firstReceivedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(loaded.get(0).receivedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(loaded.get(0).receiptToken()).isEqualTo("token-2");
        assertThat(loaded.get(0).body()).isEqualTo("body of id-1");
        assertThat(loaded.get(1).receiveCount()).isEqualTo(1);
        assertThat(loaded.get(1).receiptToken()).isEqualTo("token-1");
    }

    @Test
    void manyMessagesAreDeletedAtOnce() {
        List<QueueChange> changes = new java.util.ArrayList<>();
        changes.add(new QueueChange.QueueCreated(queue("orders")));
        List<Long> sequences = new java.util.ArrayList<>();
        for (int index = 0; index < 250; index++) {
            changes.add(new QueueChange.MessageSent(message("orders", "id-" + index, index), null));
            sequences.add((long) index);
        }
        store.apply(changes);

        store.apply(List.of(new QueueChange.MessagesDeleted("orders", sequences.subList(0, 249))));

        assertThat(reopened().load().messages()).extracting(StoredMessage::messageId).containsExactly("id-249");
    }

    @Test
    void aVisibilityChangeMovesTheDeadline() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders")),
                new QueueChange.MessageSent(message("orders", "id-1", 1), null)));

        store.apply(List.of(new QueueChange.VisibilityChanged("orders", 1, T0.plusSeconds(99))));

        assertThat(reopened().load().messages().getFirst().visibleAt()).isEqualTo(T0.plusSeconds(99));
    }

    @Test
    void deletedMessagesAreGoneAndUnknownOnesChangeNothing() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders")),
                new QueueChange.MessageSent(message("orders", "id-1", 1), null),
                new QueueChange.MessageSent(message("orders", "id-2", 2), null)));

        store.apply(List.of(new QueueChange.MessagesDeleted("orders", List.of(1L, 99L)),
                new QueueChange.MessagesDeleted("gone", List.of(2L))));

        assertThat(reopened().load().messages()).extracting(StoredMessage::messageId).containsExactly("id-2");
    }

    @Test
    void aMovedMessageLeavesItsSourceForItsTarget() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("source")), new QueueChange.QueueCreated(queue("dlq")),
                new QueueChange.MessageSent(message("source", "id-1", 1), null)));
        StoredMessage moved = new StoredMessage("dlq", "id-1", 1, "body of id-1", Map.of(), Map.of(), T0, null,
                null, T0.plusSeconds(10), 4, T0, null, null, "arn:aws:sqs:us-east-1:000000000000:source");

        store.apply(List.of(new QueueChange.MessageMoved("source", moved)));

        assertThat(reopened().load().messages()).singleElement().usingRecursiveComparison().isEqualTo(moved);
    }

    @Test
    void aMessageMovedToAQueueThatIsGoneIsGone() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("source")),
                new QueueChange.MessageSent(message("source", "id-1", 1), null)));

        store.apply(List.of(new QueueChange.MessageMoved("source", message("gone", "id-1", 1))));

        assertThat(reopened().load().messages()).isEmpty();
    }

    @Test
    void aChangeNamingAMessageOfAnotherQueueChangesNothing() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("a")), new QueueChange.QueueCreated(queue("b")),
                new QueueChange.MessageSent(message("a", "id-1", 1), null)));

        store.apply(List.of(new QueueChange.MessagesDeleted("b", List.of(1L)),
                new QueueChange.VisibilityChanged("b", 1, T0.plusSeconds(5))));

        assertThat(reopened().load().messages()).singleElement().usingRecursiveComparison()
                .isEqualTo(message("a", "id-1", 1));
    }

    @Test
    void deletingAQueueDeletesItsMessagesAndDeduplicationEntries() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders")), new QueueChange.QueueCreated(queue("kept")),
                new QueueChange.MessageSent(message("orders", "id-1", 1),
                        new StoredDeduplication("orders", "dedup", "id-1", 1, T0.plusSeconds(300))),
                new QueueChange.MessageSent(message("kept", "id-2", 2), null)));

        store.apply(List.of(new QueueChange.QueueDeleted("orders")));

        QueueSnapshot snapshot = reopened().load();
        assertThat(snapshot.queues()).extracting(StoredQueue::name).containsExactly("kept");
        assertThat(snapshot.messages()).extracting(StoredMessage::messageId).containsExactly("id-2");
        assertThat(snapshot.deduplications()).isEmpty();
    }

    @Test
    void deduplicationEntriesAreKeptUntilTheyExpire() {
        StoredDeduplication early = new StoredDeduplication("orders", "group\nfirst", "id-1", 1, T0.plusSeconds(300));
        StoredDeduplication late = new StoredDeduplication("orders", "second", "id-2", 2, T0.plusSeconds(400));
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders")),
                new QueueChange.MessageSent(message("orders", "id-1", 1), early),
                new QueueChange.MessageSent(message("orders", "id-2", 2), late)));
        assertThat(reopened().load().deduplications()).containsExactlyInAnyOrder(early, late);

        store.apply(List.of(new QueueChange.DeduplicationsExpired(T0.plusSeconds(300))));

        assertThat(reopened().load().deduplications()).containsExactly(late);
    }

    @Test
    void changesAreAppliedInOrderWithinOneCall() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders")),
                new QueueChange.MessageSent(message("orders", "id-1", 1), null),
                new QueueChange.MessagesDeleted("orders", List.of(1L)),
                new QueueChange.MessageSent(message("orders", "id-2", 2), null)));

        assertThat(reopened().load().messages()).extracting(StoredMessage::messageId).containsExactly("id-2");
    }

    @Test
    void binaryAndUnicodeSurviveExactly() {
        store.apply(List.of(new QueueChange.QueueCreated(queue("orders"))));
        String body = "𝄞 \u00e9\t\r\n" + "x".repeat(10_000);
        byte[] bytes = new byte[256];
        for (int index = 0; index < bytes.length; index++) {
            bytes[index] = (byte) index;
        }
        store.apply(List.of(new QueueChange.MessageSent(new StoredMessage("orders", "id-1", 1, body,
                Map.of("b", new MessageAttributeValue("Binary.gz", null, bytes)), Map.of(), T0, null, null, T0, 0,
                null, null, null, null), null)));

        StoredMessage loaded = reopened().load().messages().getFirst();
        assertThat(loaded.body()).isEqualTo(body);
        assertThat(loaded.messageAttributes().get("b").binaryValue()).isEqualTo(bytes);
        assertThat(loaded.messageAttributes().get("b").dataType()).isEqualTo("Binary.gz");
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(10_000);
    }

    private static StoredQueue queue(String name) {
        return new StoredQueue(name, name.endsWith(".fifo"), Map.of(), Map.of(), T0, T0);
    }

    private static StoredMessage message(String queueName, String id, long sequence) {
        return new StoredMessage(queueName, id, sequence, "body of " + id, Map.of(), Map.of(), T0, null, null, T0, 0,
                null, null, null, null);
    }
}
