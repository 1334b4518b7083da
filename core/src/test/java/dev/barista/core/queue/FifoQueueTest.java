package dev.barista.core.queue;

import static dev.barista.core.queue.QueueLifecycleTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FifoQueueTest {
    private final QueueFixture fixture = new QueueFixture();
    private final QueueService queues = fixture.queues;
    private final String url = fixture.create("orders.fifo");

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void messagesOfAGroupComeInOrderWithIncreasingSequenceNumbers() {
        SendResult first = fixture.sendToGroup(url, "one", "g", "1");
        SendResult second = fixture.sendToGroup(url, "two", "g", "2");
        fixture.sendToGroup(url, "three", "g", "3");

        List<ReceivedMessage> received = fixture.receive(url, 10);

        assertThat(fixture.bodies(received)).containsExactly("one", "two", "three");
        assertThat(first.sent().sequenceNumber()).hasSize(20);
        assertThat(second.sent().sequenceNumber()).isGreaterThan(first.sent().sequenceNumber());
        assertThat(received.getFirst().attributes()).containsEntry("MessageGroupId", "g")
                .containsEntry("MessageDeduplicationId", "1")
                .containsEntry("SequenceNumber", first.sent().sequenceNumber());
    }

    @Test
    void aGroupWithAMessageInFlightIsNotHandedOutAgain() {
        fixture.sendToGroup(url, "a1", "a", "1");
        fixture.sendToGroup(url, "a2", "a", "2");
        fixture.sendToGroup(url, "b1", "b", "3");

        ReceivedMessage a1 = fixture.receive(url, 1).getFirst();
        assertThat(a1.body()).isEqualTo("a1");
        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("b1");
        assertThat(fixture.receive(url, 10)).isEmpty();

        queues.deleteMessage(url, a1.receiptHandle());
        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("a2");
    }

    @Test
    void aGroupStaysBlockedWhileAnyOfItsMessagesIsInFlight() {
        fixture.sendToGroup(url, "a1", "a", "1");
        fixture.sendToGroup(url, "a2", "a", "2");
        List<ReceivedMessage> both = fixture.receive(url, 10);

        queues.changeMessageVisibility(url, new VisibilityChange(both.get(0).receiptHandle(), 0));

        assertThat(fixture.receive(url, 10)).isEmpty();
        queues.changeMessageVisibility(url, new VisibilityChange(both.get(1).receiptHandle(), 0));
        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("a1", "a2");
    }

    @Test
    void aDuplicateWithinFiveMinutesIsAcceptedButNotEnqueued() {
        SendResult first = fixture.sendToGroup(url, "one", "g", "same");
        SendResult duplicate = fixture.sendToGroup(url, "other body", "g", "same");

        assertThat(duplicate.sent().messageId()).isEqualTo(first.sent().messageId());
        assertThat(duplicate.sent().sequenceNumber()).isEqualTo(first.sent().sequenceNumber());
        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("one");
    }

    @Test
    void theDeduplicationWindowClosesAfterFiveMinutes() {
        fixture.sendToGroup(url, "one", "g", "same");
        fixture.clock.advance(Duration.ofMinutes(5));

        fixture.sendToGroup(url, "again", "g", "same");

        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("one", "again");
    }

    @Test
    void contentBasedDeduplicationUsesTheBodysSha256() {
        String contentBased = fixture.create("content.fifo", Map.of("FifoQueue", "true",
                "ContentBasedDeduplication", "true"));

        fixture.sendToGroup(contentBased, "same body", "g", null);
        fixture.sendToGroup(contentBased, "same body", "h", null);
        fixture.sendToGroup(contentBased, "other body", "g", null);

        List<ReceivedMessage> received = fixture.receive(contentBased, 10);
        assertThat(fixture.bodies(received)).containsExactly("same body", "other body");
        assertThat(received.getFirst().attributes()).containsEntry("MessageDeduplicationId",
                MessageDigests.sha256OfBody("same body"));
    }

    @Test
    void deduplicationPerMessageGroupKeepsGroupsApart() {
        String perGroup = fixture.create("groups.fifo", Map.of("FifoQueue", "true",
                "DeduplicationScope", "messageGroup", "FifoThroughputLimit", "perMessageGroupId"));

        fixture.sendToGroup(perGroup, "a", "g1", "same");
        fixture.sendToGroup(perGroup, "b", "g2", "same");
        fixture.sendToGroup(perGroup, "c", "g1", "same");

        assertThat(fixture.bodies(fixture.receive(perGroup, 10))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void fifoSendingRulesAreSqs() {
        assertError(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter MessageGroupId.",
                () -> fixture.send(url, "no group"));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "The queue should either have ContentBasedDeduplication"
                + " enabled or MessageDeduplicationId provided explicitly",
                () -> fixture.sendToGroup(url, "no id", "g", null));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value 5 for parameter DelaySeconds is invalid. Reason: The"
                + " request include parameter that is not valid for this queue type.",
                () -> queues.sendMessage(url, MessageToSend.of(new OutgoingMessage("x", Map.of(), "g", "1",
                        Duration.ofSeconds(5)))));
        String standard = fixture.create("standard");
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "The request include parameter that is not valid for this"
                + " queue type.", () -> fixture.sendToGroup(standard, "x", "g", "1"));
    }

    @Test
    void aStandardQueueKeepsAMessageGroupIdItWasSent() {
        String standard = fixture.create("fair");

        fixture.sendToGroup(standard, "x", "tenant-1", null);

        assertThat(fixture.receive(standard, 1).getFirst().attributes()).containsEntry("MessageGroupId", "tenant-1")
                .doesNotContainKey("SequenceNumber");
    }

    @Test
    void aRetriedReceiveAttemptAnswersTheSameMessages() {
        fixture.sendToGroup(url, "a1", "a", "1");
        fixture.sendToGroup(url, "b1", "b", "2");
        ReceiveOptions attempt = new ReceiveOptions(1, null, 0, List.of("All"), List.of(), "attempt-1");

        ReceivedMessage first = queues.receiveMessage(url, attempt).getFirst();
        ReceivedMessage retried = queues.receiveMessage(url, attempt).getFirst();

        assertThat(retried.receiptHandle()).isEqualTo(first.receiptHandle());
        assertThat(retried.attributes()).containsEntry("ApproximateReceiveCount", "1");
        ReceivedMessage fresh = queues.receiveMessage(url, new ReceiveOptions(1, null, 0, List.of(), List.of(),
                "attempt-2")).getFirst();
        assertThat(fresh.body()).isNotEqualTo(first.body());
    }

    @Test
    void aStaleHandleDoesNotDeleteAFifoMessage() {
        fixture.sendToGroup(url, "a1", "a", "1");
        ReceivedMessage first = fixture.receive(url, 1, 0).getFirst();
        fixture.receive(url, 1, 30);

        queues.deleteMessage(url, first.receiptHandle());

        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessagesNotVisible", "1");
    }
}
