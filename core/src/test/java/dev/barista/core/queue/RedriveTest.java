package dev.barista.core.queue;

import static dev.barista.core.queue.QueueLifecycleTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedriveTest {
    private final QueueFixture fixture = new QueueFixture();
    private final QueueService queues = fixture.queues;
    private final String deadLetters = fixture.create("dlq");
    private final String url = fixture.create("orders", Map.of("RedrivePolicy", "{\"deadLetterTargetArn\":\""
            + QueueFixture.arn("dlq") + "\",\"maxReceiveCount\":2}"));

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aMessageReceivedMoreThanMaxReceiveCountMovesToTheDeadLetterQueueOnReceive() {
        SendResult sent = fixture.send(url, "poison");
        fixture.receive(url, 1, 0);
        fixture.receive(url, 1, 0);

        assertThat(fixture.receive(url, 1, 0)).isEmpty();

        ReceivedMessage dead = fixture.receive(deadLetters, 1).getFirst();
        assertThat(dead.messageId()).isEqualTo(sent.sent().messageId());
        assertThat(dead.body()).isEqualTo("poison");
        assertThat(dead.attributes()).containsEntry("ApproximateReceiveCount", "3")
                .containsEntry("DeadLetterQueueSourceArn", QueueFixture.arn("orders"));
    }

    @Test
    void aHealthyMessageBehindADeadLetterIsStillReceived() {
        fixture.send(url, "poison");
        fixture.receive(url, 1, 0);
        fixture.receive(url, 1, 0);
        fixture.send(url, "healthy");

        assertThat(fixture.bodies(fixture.receive(url, 10))).containsExactly("healthy");
        assertThat(fixture.bodies(fixture.receive(deadLetters, 10))).containsExactly("poison");
    }

    @Test
    void aMoveTaskMovesDeadLettersBackToTheirSourceAtItsRate() {
        for (int index = 0; index < 5; index++) {
            fixture.send(url, "m" + index);
        }
        for (int round = 0; round < 3; round++) {
            fixture.receive(url, 10, 0);
        }
        assertThat(fixture.attributes(deadLetters)).containsEntry("ApproximateNumberOfMessages", "5");

        queues.startMessageMoveTask(QueueFixture.arn("dlq"), null, 2);
        queues.maintain();

        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessages", "2");
        fixture.clock.advance(Duration.ofSeconds(2));
        queues.maintain();
        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessages", "5");
        List<MessageMoveTaskStatus> tasks = queues.listMessageMoveTasks(QueueFixture.arn("dlq"), 10);
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.status()).isEqualTo(MessageMoveTaskStatus.Status.COMPLETED);
            assertThat(task.approximateNumberOfMessagesMoved()).isEqualTo(5);
            assertThat(task.approximateNumberOfMessagesToMove()).isEqualTo(5);
            assertThat(task.taskHandle()).isNull();
        });
        ReceivedMessage back = fixture.receive(url, 1).getFirst();
        assertThat(back.attributes()).containsEntry("ApproximateReceiveCount", "1")
                .doesNotContainKey("DeadLetterQueueSourceArn");
    }

    @Test
    void aMoveTaskCanMoveToAnotherQueueAndBeCancelled() {
        String other = fixture.create("other");
        for (int index = 0; index < 3; index++) {
            fixture.send(url, "m" + index);
        }
        for (int round = 0; round < 3; round++) {
            fixture.receive(url, 10, 0);
        }

        String handle = queues.startMessageMoveTask(QueueFixture.arn("dlq"), QueueFixture.arn("other"), 1);
        assertThat(queues.listMessageMoveTasks(QueueFixture.arn("dlq"), null).getFirst().taskHandle())
                .isEqualTo(handle);
        queues.maintain();

        assertThat(queues.cancelMessageMoveTask(handle)).isEqualTo(1);
        assertThat(fixture.bodies(fixture.receive(other, 10))).hasSize(1);
        assertThat(queues.listMessageMoveTasks(QueueFixture.arn("dlq"), null).getFirst().status())
                .isEqualTo(MessageMoveTaskStatus.Status.CANCELLED);
    }

    @Test
    void moveTaskRulesAreSqs() {
        assertError(ErrorCode.REFERENCED_RESOURCE_NOT_FOUND, "The resource that you specified for the SourceArn"
                + " parameter doesn't exist.", () -> queues.startMessageMoveTask(QueueFixture.arn("nope"), null, null));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Source queue must be configured as a Dead Letter Queue.",
                () -> queues.startMessageMoveTask(QueueFixture.arn("orders"), null, null));
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "Value 501 for parameter MaxNumberOfMessagesPerSecond is"
                + " invalid. Reason: You must enter a number that's between 1 and 500.",
                () -> queues.startMessageMoveTask(QueueFixture.arn("dlq"), null, 501));
        fixture.send(deadLetters, "waiting");
        fixture.receive(deadLetters, 1);
        queues.startMessageMoveTask(QueueFixture.arn("dlq"), null, 1);
        assertError(ErrorCode.INVALID_PARAMETER_VALUE, "There is already a task running. Only one active task is"
                + " allowed for a source queue arn at a given time.",
                () -> queues.startMessageMoveTask(QueueFixture.arn("dlq"), null, null));
        assertError(ErrorCode.REFERENCED_RESOURCE_NOT_FOUND, "Task does not exist.",
                () -> queues.cancelMessageMoveTask("unknown"));
    }

    @Test
    void theMessageQueuesPortSeesTheRedrivePolicy() {
        QueueFacts facts = queues.facts(QueueFixture.arn("orders"));

        assertThat(facts).isEqualTo(new QueueFacts(QueueFixture.arn("orders"), "orders", false,
                Duration.ofSeconds(30), QueueFixture.arn("dlq"), 2));
        assertError(ErrorCode.RESOURCE_NOT_FOUND, "The specified queue does not exist.",
                () -> queues.facts(QueueFixture.arn("missing")));
    }

    @Test
    void theMessageQueuesPortSendsReceivesAndDeletesByArn() {
        SentMessage sent = queues.send(QueueFixture.arn("orders"), new OutgoingMessage("hi",
                Map.of("k", MessageAttributeValue.string("v")), null, null, null));

        List<ReceivedMessage> received = queues.receive(QueueFixture.arn("orders"), 10, Duration.ofSeconds(5),
                Duration.ZERO);
        queues.changeVisibility(QueueFixture.arn("orders"), received.getFirst().receiptHandle(), Duration.ofSeconds(9));
        queues.delete(QueueFixture.arn("orders"), received.getFirst().receiptHandle());

        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(sent.messageId());
            assertThat(message.messageAttributes()).containsOnlyKeys("k");
            assertThat(message.attributes()).containsKeys("SentTimestamp", "ApproximateReceiveCount");
        });
        assertThat(fixture.attributes(url)).containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
    }
}
