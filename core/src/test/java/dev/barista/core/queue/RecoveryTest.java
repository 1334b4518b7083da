package dev.barista.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A queue service reopened on its store (a restart) has every queue, message and delivery state it journaled. */
class RecoveryTest {

    @Test
    void queuesMessagesAndInFlightDeadlinesSurviveARestart() {
        QueueFixture before = new QueueFixture();
        String url = before.create("orders", Map.of("VisibilityTimeout", "60"));
        before.send(url, "in flight");
        before.receive(url, 1);
        before.send(url, "waiting");

        try (QueueFixture after = before.restarted()) {
            assertThat(after.attributes(url)).containsEntry("VisibilityTimeout", "60")
                    .containsEntry("ApproximateNumberOfMessages", "1")
                    .containsEntry("ApproximateNumberOfMessagesNotVisible", "1");
            assertThat(after.bodies(after.receive(url, 10))).containsExactly("waiting");
            after.clock.advance(Duration.ofSeconds(60));
            ReceivedMessage again = after.receive(url, 10).getFirst();
            assertThat(again.body()).isEqualTo("in flight");
            assertThat(again.attributes()).containsEntry("ApproximateReceiveCount", "2");
        }
    }

    @Test
    void deletesAndDeduplicationWindowsSurviveARestart() {
        QueueFixture before = new QueueFixture();
        String url = before.create("orders.fifo");
        SendResult first = before.sendToGroup(url, "one", "g", "dedup-1");
        before.queues.deleteMessage(url, before.receive(url, 1).getFirst().receiptHandle());

        try (QueueFixture after = before.restarted()) {
            SendResult duplicate = after.sendToGroup(url, "one again", "g", "dedup-1");
            SendResult next = after.sendToGroup(url, "two", "g", "dedup-2");

            assertThat(duplicate.sent().messageId()).isEqualTo(first.sent().messageId());
            assertThat(next.sent().sequenceNumber()).isGreaterThan(first.sent().sequenceNumber());
            assertThat(after.bodies(after.receive(url, 10))).containsExactly("two");
        }
    }

    @Test
    void deadLettersStayInTheirDeadLetterQueue() {
        QueueFixture before = new QueueFixture();
        String dlq = before.create("dlq");
        String url = before.create("orders", Map.of("RedrivePolicy", "{\"deadLetterTargetArn\":\""
                + QueueFixture.arn("dlq") + "\",\"maxReceiveCount\":1}"));
        before.send(url, "poison");
        before.receive(url, 1, 0);
        before.receive(url, 1, 0);

        try (QueueFixture after = before.restarted()) {
            assertThat(after.receive(url, 10)).isEmpty();
            assertThat(after.receive(dlq, 10).getFirst().attributes())
                    .containsEntry("DeadLetterQueueSourceArn", QueueFixture.arn("orders"));
        }
    }
}
