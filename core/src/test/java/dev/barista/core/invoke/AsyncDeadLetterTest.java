package dev.barista.core.invoke;

import static dev.barista.core.invoke.PlainAsyncDocuments.field;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.FUNCTION_ERROR;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.SUCCESS;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.eventinvoke.EventInvokeConfigCommand;
import dev.barista.core.eventinvoke.EventInvokeConfigCommand.DestinationConfig;
import dev.barista.core.function.AliasCommand;
import dev.barista.core.function.UpdateFunctionConfigurationCommand;
import dev.barista.core.queue.MessageAttributeValue;
import dev.barista.core.queue.OutgoingMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A function's dead-letter queue: what it gets for an event given up, and when. */
class AsyncDeadLetterTest {
    private static final String DEAD_LETTERS = "arn:aws:sqs:us-east-1:123456789012:dead-letters";
    private static final String RECORDS = "arn:aws:sqs:us-east-1:123456789012:records";

    private final AsyncFixture async = new AsyncFixture();

    @Test
    void anEventWhoseRetriesAreExhaustedGoesAsItIsWithItsErrorAttributes() {
        async.createFunction("orders", DEAD_LETTERS);
        async.queues.withQueue(DEAD_LETTERS);
        async.runner.answer(FUNCTION_ERROR);

        String requestId = async.invokeAsync("orders", null, "{\"id\":7}");
        async.timer.advance(Duration.ofHours(1));

        assertThat(async.queues.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.queueArn()).isEqualTo(DEAD_LETTERS);
            OutgoingMessage message = sent.message();
            assertThat(message.body()).isEqualTo("{\"id\":7}");
            assertThat(message.messageAttributes()).isEqualTo(Map.of(
                    "RequestID", MessageAttributeValue.string(requestId),
                    "ErrorCode", new MessageAttributeValue("Number", "200", null),
                    "ErrorMessage", MessageAttributeValue.string("boom")));
        });
    }

    @Test
    void anEventThatAgedOutWhileThrottledCarriesTheThrottlesStatus() {
        async.createFunction("orders", DEAD_LETTERS);
        async.queues.withQueue(DEAD_LETTERS);
        async.configs.put(new EventInvokeConfigCommand("orders", null, null, 60, null));
        async.runner.answer(THROTTLE);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(5));

        assertThat(async.queues.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.message().messageAttributes().get("ErrorCode").stringValue()).isEqualTo("429");
            assertThat(sent.message().messageAttributes().get("ErrorMessage").stringValue())
                    .isEqualTo("Rate Exceeded.");
        });
    }

    @Test
    void anOnFailureDestinationAndTheDeadLetterQueueBothGetTheFailure() {
        async.createFunction("orders", DEAD_LETTERS);
        async.queues.withQueue(DEAD_LETTERS).withQueue(RECORDS);
        async.configs.put(new EventInvokeConfigCommand("orders", null, 0, null,
                new DestinationConfig(null, RECORDS)));
        async.runner.answer(FUNCTION_ERROR);

        async.invokeAsync("orders", null, "{}");
        async.timer.runDue();

        assertThat(async.queues.sent()).hasSize(2);
        assertThat(field(async.queues.sent().get(0).message().body(), "condition")).isEqualTo("RetriesExhausted");
        assertThat(async.queues.sent().get(1).queueArn()).isEqualTo(DEAD_LETTERS);
    }

    @Test
    void aSuccessSendsNothingToTheDeadLetterQueue() {
        async.createFunction("orders", DEAD_LETTERS);
        async.queues.withQueue(DEAD_LETTERS);
        async.runner.answer(SUCCESS);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(1));

        assertThat(async.queues.sent()).isEmpty();
    }

    @Test
    void theDeadLetterQueueOfTheVersionThatRanApplies() {
        async.createFunction("orders", DEAD_LETTERS);
        async.queues.withQueue(DEAD_LETTERS);
        async.functions.publishVersion("orders", null, null, null);
        async.functions.createAlias(new AliasCommand("orders", "live", "1", null, null, null));
        async.functions.updateConfiguration(new UpdateFunctionConfigurationCommand("orders", null, null, null, null,
                null, null, null, null, null, null, "", null));
        async.runner.answer(FUNCTION_ERROR);

        async.invokeAsync("orders", null, "{\"to\":\"latest\"}");
        async.invokeAsync("orders", "live", "{\"to\":\"live\"}");
        async.timer.advance(Duration.ofHours(1));

        assertThat(async.queues.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.message().body()).isEqualTo("{\"to\":\"live\"}"));
    }

    @Test
    void aDeadLetterQueueThatRefusesIsCounted() {
        async.createFunction("orders", DEAD_LETTERS);
        async.runner.answer(FUNCTION_ERROR);
        async.configs.put(new EventInvokeConfigCommand("orders", null, 0, null, null));

        async.invokeAsync("orders", null, "{}");
        async.timer.runDue();

        assertThat(async.observer.facts()).contains("deadLetterFailed orders null");
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void theErrorMessageIsCutAtOneKilobyteWithoutSplittingACharacter() {
        String message = "é".repeat(600);

        String cut = DeadLetterMessages.firstKilobyte(message);

        assertThat(cut).isEqualTo("é".repeat(512));
        assertThat(DeadLetterMessages.firstKilobyte("short")).isEqualTo("short");
    }
}
