package dev.barista.core.invoke;

import static dev.barista.core.invoke.PlainAsyncDocuments.field;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.FUNCTION_ERROR;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.SUCCESS;
import static dev.barista.core.invoke.ScriptedRunner.Outcome.THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.eventinvoke.EventInvokeConfigCommand;
import dev.barista.core.eventinvoke.EventInvokeConfigCommand.DestinationConfig;
import dev.barista.core.function.AliasCommand;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which destination hears of an asynchronous invocation, and what its record says. */
class AsyncDestinationsTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
    private static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:records";

    private final AsyncFixture async = new AsyncFixture();

    @BeforeEach
    void createFunctions() {
        async.createFunction("orders");
        async.createFunction("audit");
        async.queues.withQueue(QUEUE);
    }

    @Test
    void aSuccessGoesToTheOnSuccessFunctionAsAnAsynchronousInvocation() {
        destinations(null, ARN + "audit", ARN + "audit");
        async.runner.answer("orders", SUCCESS);

        String requestId = async.invokeAsync("orders", null, "{\"id\":1}");
        async.timer.advance(Duration.ofMinutes(1));

        List<ScriptedRunner.Attempt> records = async.runner.attemptsOf("audit");
        assertThat(records).hasSize(1);
        String record = records.getFirst().payload();
        assertThat(field(record, "requestId")).isEqualTo(requestId);
        assertThat(field(record, "functionArn")).isEqualTo(ARN + "orders:$LATEST");
        assertThat(field(record, "condition")).isEqualTo("Success");
        assertThat(field(record, "approximateInvokeCount")).isEqualTo("1");
        assertThat(field(record, "requestPayload")).isEqualTo("{\"id\":1}");
        assertThat(field(record, "statusCode")).isEqualTo("200");
        assertThat(field(record, "executedVersion")).isEqualTo("$LATEST");
        assertThat(field(record, "functionError")).isEqualTo("null");
        assertThat(field(record, "responsePayload")).isEqualTo("{\"ok\":true}");
        assertThat(records.getFirst().requestId()).isNotEqualTo(requestId);
        assertThat(async.observer.facts()).contains("received audit null");
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void exhaustedRetriesGoToTheOnFailureQueueWithTheLastError() {
        destinations(null, ARN + "audit", QUEUE);
        async.runner.answer("orders", FUNCTION_ERROR);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofHours(1));

        assertThat(async.runner.attemptsOf("audit")).isEmpty();
        assertThat(async.queues.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.queueArn()).isEqualTo(QUEUE);
            assertThat(sent.message().messageAttributes()).isEmpty();
            String record = sent.message().body();
            assertThat(field(record, "condition")).isEqualTo("RetriesExhausted");
            assertThat(field(record, "approximateInvokeCount")).isEqualTo("3");
            assertThat(field(record, "statusCode")).isEqualTo("200");
            assertThat(field(record, "functionError")).isEqualTo("Unhandled");
            assertThat(field(record, "responsePayload")).contains("\"errorMessage\":\"boom\"");
        });
    }

    @Test
    void anEventThatAgedOutGoesToTheOnFailureDestination() {
        async.configs.put(new EventInvokeConfigCommand("orders", null, null, 60,
                new DestinationConfig(null, QUEUE)));
        async.runner.answer("orders", THROTTLE);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(5));

        assertThat(async.queues.sent()).singleElement().satisfies(sent -> {
            String record = sent.message().body();
            assertThat(field(record, "condition")).isEqualTo("EventAgeExceeded");
            assertThat(field(record, "approximateInvokeCount")).isEqualTo("6");
            assertThat(field(record, "statusCode")).isEqualTo("429");
            assertThat(field(record, "responsePayload")).isEqualTo("null");
        });
    }

    @Test
    void onlyTheDestinationOfTheOutcomeHears() {
        destinations(null, null, QUEUE);
        async.runner.answer("orders", SUCCESS);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(1));

        assertThat(async.queues.sent()).isEmpty();
    }

    @Test
    void theRecordNamesTheQualifierTheCallerNamed() {
        async.functions.publishVersion("orders", null, null, null);
        async.functions.createAlias(new AliasCommand("orders", "live", "1", null, null, null));
        destinations("live", QUEUE, null);
        async.runner.answer("orders", SUCCESS);

        async.invokeAsync("orders", "live", "{}");
        async.timer.advance(Duration.ofMinutes(1));

        String record = async.queues.sent().getFirst().message().body();
        assertThat(field(record, "functionArn")).isEqualTo(ARN + "orders:live");
        assertThat(field(record, "executedVersion")).isEqualTo("1");
    }

    @Test
    void aFailedDeliveryIsCountedAndTheEventStillEnds() {
        destinations(null, "arn:aws:sqs:us-east-1:123456789012:missing", null);
        async.runner.answer("orders", SUCCESS);

        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(1));

        assertThat(async.observer.facts()).contains("destinationDeliveryFailed orders null");
        assertThat(async.store.pending()).isEmpty();
    }

    @Test
    void aRecordTooLargeForAnEventIsAFailedDelivery() {
        destinations(null, ARN + "audit", null);
        async.runner.answer("orders", SUCCESS);

        async.invokeAsync("orders", null, "{\"big\":\"" + "x".repeat(1_048_576) + "\"}");
        async.timer.advance(Duration.ofMinutes(1));

        assertThat(async.runner.attemptsOf("audit")).isEmpty();
        assertThat(async.observer.facts()).contains("destinationDeliveryFailed orders null");
    }

    @Test
    void aDestinationFunctionDeletedMeanwhileIsAFailedDelivery() {
        destinations(null, null, ARN + "audit");
        async.runner.answer("orders", FUNCTION_ERROR);
        async.configs.update(new EventInvokeConfigCommand("orders", null, 0, null, null));

        async.functions.delete("audit", null);
        async.invokeAsync("orders", null, "{}");
        async.timer.advance(Duration.ofMinutes(1));

        assertThat(async.observer.facts()).contains("dropped orders null",
                "destinationDeliveryFailed orders null");
    }

    private void destinations(String qualifier, String onSuccess, String onFailure) {
        async.configs.put(new EventInvokeConfigCommand("orders", qualifier, null, null,
                new DestinationConfig(onSuccess, onFailure)));
    }
}
