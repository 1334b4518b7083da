package dev.barista.core.queue;

import static dev.barista.core.queue.QueueLifecycleTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageFlowTest {
    private final QueueFixture fixture = new QueueFixture();
    private final QueueService queues = fixture.queues;
    private final String url = fixture.create("orders");

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSentMessageIsReceivedWithItsDigestsAndSystemAttributes() {
        SendResult sent = fixture.send(url, "hello");

        ReceivedMessage received = fixture.receive(url, 1).getFirst();

        assertThat(sent.sent().md5OfBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(sent.sent().md5OfMessageAttributes()).isNull();
        assertThat(sent.sent().sequenceNumber()).isNull();
        assertThat(received.messageId()).isEqualTo(sent.sent().messageId());
        assertThat(received.body()).isEqualTo("hello");
        assertThat(received.md5OfBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
        assertThat(received.attributes()).containsOnly(
                Map.entry("SenderId", QueueFixture.ACCOUNT),
                Map.entry("SentTimestamp", Long.toString(QueueFixture.START.toEpochMilli())),
                Map.entry("ApproximateReceiveCount", "1"),
                Map.entry("ApproximateFirstReceiveTimestamp", Long.toString(QueueFixture.START.toEpochMilli())));
    }

    @Test
    void aReceivedMessageIsInvisibleForTheVisibilityTimeoutThenReturns() {
        fixture.send(url, "hello");
        ReceivedMessage first = fixture.receive(url, 1).getFirst();

        fixture.clock.advance(Duration.ofSeconds(29));
        assertThat(fixture.receive(url, 1)).isEmpty();
        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessagesNotVisible", "1");
        fixture.clock.advance(Duration.ofSeconds(1));
        ReceivedMessage second = fixture.receive(url, 1).getFirst();

        assertThat(second.attributes()).containsEntry("ApproximateReceiveCount", "2")
                .containsEntry("ApproximateFirstReceiveTimestamp", Long.toString(QueueFixture.START.toEpochMilli()));
        assertThat(second.receiptHandle()).isNotEqualTo(first.receiptHandle());
    }

    @Test
    void aDeletedMessageIsNotReceivedAgain() {
        fixture.send(url, "hello");
        ReceivedMessage received = fixture.receive(url, 1, 0).getFirst();

        queues.deleteMessage(url, received.receiptHandle());

        assertThat(fixture.receive(url, 10)).isEmpty();
        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessages", "0");
    }

    @Test
    void deletingWithAStaleHandleOfAnExistingMessageSucceeds() {
        fixture.send(url, "hello");
        ReceivedMessage first = fixture.receive(url, 1, 0).getFirst();
        fixture.receive(url, 1, 0);

        queues.deleteMessage(url, first.receiptHandle());
        queues.deleteMessage(url, first.receiptHandle());

        assertThat(fixture.receive(url, 1)).isEmpty();
    }

    @Test
    void aMalformedReceiptHandleIsInvalid() {
        assertError(ErrorCode.RECEIPT_HANDLE_INVALID, "The input receipt handle \"garbage\" is not a valid receipt"
                + " handle.", () -> queues.deleteMessage(url, "garbage"));
        String otherQueues = new ReceiptHandle("other", "id", "token").encode();
        assertError(ErrorCode.RECEIPT_HANDLE_INVALID, "The input receipt handle \"" + otherQueues + "\" is not a"
                + " valid receipt handle.", () -> queues.deleteMessage(url, otherQueues));
    }

    @Test
    void changingVisibilityToZeroMakesAMessageVisibleAtOnce() {
        fixture.send(url, "hello");
        ReceivedMessage received = fixture.receive(url, 1).getFirst();

        queues.changeMessageVisibility(url, new VisibilityChange(received.receiptHandle(), 0));

        assertThat(fixture.bodies(fixture.receive(url, 1))).containsExactly("hello");
    }

    @Test
    void changingVisibilityExtendsTheTimeout() {
        fixture.send(url, "hello");
        ReceivedMessage received = fixture.receive(url, 1).getFirst();

        queues.changeMessageVisibility(url, new VisibilityChange(received.receiptHandle(), 100));
        fixture.clock.advance(Duration.ofSeconds(99));

        assertThat(fixture.receive(url, 1)).isEmpty();
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(fixture.receive(url, 1)).hasSize(1);
    }

    @Test
    void changingTheVisibilityOfAVisibleMessageIsRefused() {
        fixture.send(url, "hello");
        ReceivedMessage received = fixture.receive(url, 1, 5).getFirst();
        fixture.clock.advance(Duration.ofSeconds(5));

        assertError(ErrorCode.MESSAGE_NOT_IN_FLIGHT, "Value " + received.receiptHandle() + " for parameter"
                + " ReceiptHandle is invalid. Reason: Message does not exist or is not available for visibility timeout"
                + " change.", () -> queues.changeMessageVisibility(url, new VisibilityChange(received.receiptHandle(),
                10)));
    }

    @Test
    void theTotalVisibilityOfOneReceiveIsAtMostTwelveHours() {
        fixture.send(url, "hello");
        ReceivedMessage received = fixture.receive(url, 1, 7200).getFirst();
        fixture.clock.advance(Duration.ofHours(1));

        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value 43200 for parameter VisibilityTimeout is invalid."
                + " Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]",
                () -> queues.changeMessageVisibility(url, new VisibilityChange(received.receiptHandle(), 43_200)));
        queues.changeMessageVisibility(url, new VisibilityChange(received.receiptHandle(), 39_600));
    }

    @Test
    void aQueueDelayHoldsNewMessages() {
        queues.setQueueAttributes(url, Map.of("DelaySeconds", "10"));
        fixture.send(url, "late");

        assertThat(fixture.receive(url, 1)).isEmpty();
        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessagesDelayed", "1");
        fixture.clock.advance(Duration.ofSeconds(10));
        assertThat(fixture.bodies(fixture.receive(url, 1))).containsExactly("late");
    }

    @Test
    void aMessageDelayOverridesTheQueues() {
        queues.sendMessage(url, MessageToSend.of(new OutgoingMessage("late", Map.of(), null, null,
                Duration.ofSeconds(5))));
        fixture.send(url, "now");

        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("now");
        fixture.clock.advance(Duration.ofSeconds(5));
        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("late");
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value 901 for parameter DelaySeconds is invalid. Reason:"
                + " DelaySeconds must be >= 0 and <= 900.", () -> queues.sendMessage(url, MessageToSend.of(
                new OutgoingMessage("x", Map.of(), null, null, Duration.ofSeconds(901)))));
    }

    @Test
    void messagesPastTheirRetentionPeriodDisappear() {
        queues.setQueueAttributes(url, Map.of("MessageRetentionPeriod", "60"));
        fixture.send(url, "old");
        fixture.clock.advance(Duration.ofSeconds(30));
        fixture.send(url, "young");
        fixture.clock.advance(Duration.ofSeconds(30));

        queues.maintain();

        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessages", "1");
        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("young");
    }

    @Test
    void receiveTakesUpToTheMaximumAndChecksIt() {
        for (int index = 0; index < 12; index++) {
            fixture.send(url, "m" + index);
        }

        assertThat(fixture.receive(url, 10)).hasSize(10);
        assertThat(fixture.receive(url, 10)).hasSize(2);
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value 11 for parameter MaxNumberOfMessages is invalid."
                + " Reason: Must be between 1 and 10, if provided.", () -> fixture.receive(url, 11));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value 21 for parameter WaitTimeSeconds is invalid. Reason:"
                + " Must be >= 0 and <= 20, if provided.", () -> queues.receiveMessage(url,
                new ReceiveOptions(1, null, 21, List.of(), List.of(), null)));
    }

    @Test
    void aReceiveWithZeroVisibilityHandsAMessageOutOnce() {
        fixture.send(url, "hello");

        assertThat(fixture.receive(url, 10, 0)).hasSize(1);
        assertThat(fixture.receive(url, 10, 0)).hasSize(1);
    }

    @Test
    void onlyTheRequestedAttributesAreAnsweredWithTheirDigest() {
        Map<String, MessageAttributeValue> attributes = Map.of(
                "color", MessageAttributeValue.string("blue"),
                "size.width", new MessageAttributeValue("Number", "12", null),
                "size.height", new MessageAttributeValue("Number", "3", null),
                "raw", new MessageAttributeValue("Binary", null, new byte[] {1, 2}));
        SendResult sent = queues.sendMessage(url, MessageToSend.of(new OutgoingMessage("hello", attributes, null,
                null, null)));

        ReceivedMessage received = queues.receiveMessage(url, new ReceiveOptions(1, 0, 0, List.of("SentTimestamp"),
                List.of("size.*", "raw"), null)).getFirst();
        ReceivedMessage everything = fixture.receive(url, 1, 0).getFirst();
        ReceivedMessage nothing = queues.receiveMessage(url, new ReceiveOptions(1, 0, 0, List.of(), List.of(),
                null)).getFirst();

        assertThat(received.attributes()).containsOnlyKeys("SentTimestamp");
        assertThat(received.messageAttributes()).containsOnlyKeys("size.width", "size.height", "raw");
        assertThat(received.md5OfMessageAttributes()).isEqualTo(MessageDigests.md5OfAttributes(
                received.messageAttributes()));
        assertThat(everything.md5OfMessageAttributes()).isEqualTo(sent.sent().md5OfMessageAttributes());
        assertThat(nothing.attributes()).isEmpty();
        assertThat(nothing.messageAttributes()).isEmpty();
        assertThat(nothing.md5OfMessageAttributes()).isNull();
    }

    @Test
    void aTraceHeaderIsKeptAsASystemAttributeWithItsDigest() {
        SendResult sent = queues.sendMessage(url, new MessageToSend(OutgoingMessage.of("hello"),
                Map.of("AWSTraceHeader", MessageAttributeValue.string("Root=1-5759e988-bd862e3fe1be46a994272793"))));

        assertThat(sent.md5OfMessageSystemAttributes()).isEqualTo(MessageDigests.md5OfAttributes(
                Map.of("AWSTraceHeader", MessageAttributeValue.string("Root=1-5759e988-bd862e3fe1be46a994272793"))));
        assertThat(fixture.receive(url, 1).getFirst().attributes())
                .containsEntry("AWSTraceHeader", "Root=1-5759e988-bd862e3fe1be46a994272793");
    }

    @Test
    void aMessageLargerThanTheMaximumSizeIsRefused() {
        queues.setQueueAttributes(url, Map.of("MaximumMessageSize", "1024"));
        String body = "x".repeat(1000);

        fixture.send(url, "x".repeat(1024));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "One or more parameters are invalid. Reason: Message must be"
                + " shorter than 1024 bytes.", () -> queues.sendMessage(url, MessageToSend.of(new OutgoingMessage(
                body, Map.of("attribute", MessageAttributeValue.string("y".repeat(20))), null, null, null))));
    }

    @Test
    void charactersOutsideXmlAreRefused() {
        assertError(ErrorCode.INVALID_MESSAGE_CONTENTS, "Invalid binary character '#x0' was found in the message"
                + " body, the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD |"
                + " #x10000 to #x10FFFF", () -> fixture.send(url, "a\u0000b"));
        assertError(ErrorCode.INVALID_MESSAGE_CONTENTS, "Invalid binary character '#xD800' was found in the message"
                + " body, the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD |"
                + " #x10000 to #x10FFFF", () -> fixture.send(url, "\ud800"));
        fixture.send(url, "tab\t, emoji \ud83d\ude00, and \ue000");
    }

    @Test
    void attributeRulesAreSqs() {
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Message (user) attribute name 'AWS.x' is reserved for use by"
                + " Amazon.", () -> sendWith("AWS.x", MessageAttributeValue.string("v")));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "The type of message (user) attribute 'a' is invalid. You must"
                + " use only the following supported type prefixes: Binary, Number, String.",
                () -> sendWith("a", new MessageAttributeValue("Text", "v", null)));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Can't cast the value of message (user) attribute 'a' to a"
                + " number.", () -> sendWith("a", new MessageAttributeValue("Number", "twelve", null)));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "The message attribute 'a' with type 'String' must use field"
                + " 'String'.", () -> sendWith("a", new MessageAttributeValue("String", "", null)));
    }

    @Test
    void aBatchSendsEachEntryOnItsOwn() {
        List<BatchOutcome<SendResult>> outcomes = queues.sendMessageBatch(url, List.of(
                new BatchEntry<>("one", MessageToSend.of(OutgoingMessage.of("first"))),
                new BatchEntry<>("two", MessageToSend.of(OutgoingMessage.of("bad\u0001"))),
                new BatchEntry<>("three", MessageToSend.of(OutgoingMessage.of("third")))));

        assertThat(outcomes).extracting(BatchOutcome::id).containsExactly("one", "two", "three");
        assertThat(outcomes.get(0)).isInstanceOf(BatchOutcome.Succeeded.class);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(BatchOutcome.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo(ErrorCode.INVALID_MESSAGE_CONTENTS);
            assertThat(failed.senderFault()).isTrue();
        });
        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactlyInAnyOrder("first", "third");
    }

    @Test
    void batchesFollowSqsRules() {
        assertError(ErrorCode.BATCH_EMPTY, "There should be at least one SendMessageBatchRequestEntry in the request.",
                () -> queues.sendMessageBatch(url, List.of()));
        assertError(ErrorCode.BATCH_TOO_MANY_ENTRIES, "Maximum number of entries per request are 10. You have sent"
                + " 11.", () -> queues.deleteMessageBatch(url, java.util.stream.IntStream.range(0, 11)
                .mapToObj(index -> new BatchEntry<>("e" + index, "handle")).toList()));
        assertError(ErrorCode.BATCH_ENTRY_IDS_NOT_DISTINCT, "Id same repeated.", () -> queues.deleteMessageBatch(url,
                List.of(new BatchEntry<>("same", "a"), new BatchEntry<>("same", "b"))));
        assertError(ErrorCode.BATCH_ENTRY_ID_INVALID, "A batch entry id can only contain alphanumeric characters,"
                + " hyphens and underscores. It can be at most 80 letters long.", () -> queues.deleteMessageBatch(url,
                List.of(new BatchEntry<>("no spaces", "a"))));
        String big = "x".repeat(600_000);
        assertError(ErrorCode.BATCH_REQUEST_TOO_LONG, "Batch requests cannot be longer than 1048576 bytes. You have"
                + " sent 1200000 bytes.", () -> queues.sendMessageBatch(url, List.of(
                new BatchEntry<>("a", MessageToSend.of(OutgoingMessage.of(big))),
                new BatchEntry<>("b", MessageToSend.of(OutgoingMessage.of(big))))));
    }

    @Test
    void deleteAndVisibilityBatchesReportEachEntry() {
        fixture.send(url, "one");
        fixture.send(url, "two");
        List<ReceivedMessage> received = fixture.receive(url, 10);

        List<BatchOutcome<Void>> visibility = queues.changeMessageVisibilityBatch(url, List.of(
                new BatchEntry<>("a", new VisibilityChange(received.get(0).receiptHandle(), 0)),
                new BatchEntry<>("b", new VisibilityChange("garbage", 0))));
        List<BatchOutcome<Void>> deletes = queues.deleteMessageBatch(url, List.of(
                new BatchEntry<>("a", received.get(1).receiptHandle()), new BatchEntry<>("b", "garbage")));

        assertThat(visibility.get(0)).isInstanceOf(BatchOutcome.Succeeded.class);
        assertThat(visibility.get(1)).isInstanceOfSatisfying(BatchOutcome.Failed.class,
                failed -> assertThat(failed.code()).isEqualTo(ErrorCode.RECEIPT_HANDLE_INVALID));
        assertThat(deletes.get(0)).isInstanceOf(BatchOutcome.Succeeded.class);
        assertThat(deletes.get(1)).isInstanceOf(BatchOutcome.Failed.class);
        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly(received.get(0).body());
    }

    @Test
    void concurrentSendsShareCommits() throws Exception {
        int senders = 32;
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<SendResult>> sends = new java.util.ArrayList<>();
            for (int index = 0; index < senders * 10; index++) {
                int number = index;
                sends.add(executor.submit(() -> fixture.send(url, "m" + number)));
            }
            for (var send : sends) {
                send.get();
            }
        }

        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessages", Integer.toString(320));
        assertThat(fixture.store.load().messages()).hasSize(320);
    }

    private void sendWith(String name, MessageAttributeValue value) {
        queues.sendMessage(url, MessageToSend.of(new OutgoingMessage("body", Map.of(name, value), null, null, null)));
    }
}
