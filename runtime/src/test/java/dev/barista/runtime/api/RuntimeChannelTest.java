package dev.barista.runtime.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RuntimeChannelTest {
    private final RuntimeChannel channel = new RuntimeChannel();

    static InvocationPayload payload(String requestId) {
        return new InvocationPayload(requestId, "{}".getBytes(StandardCharsets.UTF_8), "arn:function",
                Instant.parse("2030-01-01T00:00:00Z"), "Root=1", null, null);
    }

    /** What a {@code GET /next} was answered: the event's payload or a refusal's {@link Answer}. */
    static final class RecordingReply implements NextEventReply {
        final CompletableFuture<Object> answer = new CompletableFuture<>();

        @Override
        public EventDelivery event(InvocationPayload payload, boolean takeTurn) {
            assertThat(answer.complete(payload)).as("answered once").isTrue();
            return new EventDelivery.ReadElsewhere();
        }

        @Override
        public void refused(Answer refusal) {
            assertThat(answer.complete(refusal)).as("answered once").isTrue();
        }
    }

    private CompletableFuture<Object> next() {
        RecordingReply reply = new RecordingReply();
        channel.nextEvent(reply);
        return reply.answer;
    }

    private Invocation readyAndRunning(String requestId) {
        CompletableFuture<Object> first = next();
        assertThat(channel.awaitInit(Duration.ofSeconds(5))).isEqualTo(new InitOutcome.Ready());
        assertThat(first).isNotDone();
        Invocation invocation = channel.submit(payload(requestId));
        assertThat(first).isCompletedWithValue(invocation.payload());
        return invocation;
    }

    @Test
    void theFirstRequestForAnEventMarksTheRuntimeReady() {
        next();

        assertThat(channel.awaitInit(Duration.ofSeconds(5))).isEqualTo(new InitOutcome.Ready());
    }

    @Test
    void handsASubmittedEventToTheWaitingRequest() {
        Invocation invocation = readyAndRunning("one");

        assertThat(invocation.outcome()).isNotDone();
    }

    @Test
    void aResponseCompletesTheInvocationAndTheRuntimeIsIdleAgain() {
        Invocation invocation = readyAndRunning("one");

        assertThat(channel.respond("one", "\"ok\"".getBytes(StandardCharsets.UTF_8))).isEqualTo(Answer.ACCEPTED);

        assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(success.payload()).asString().isEqualTo("\"ok\""));
        CompletableFuture<Object> second = next();
        Invocation another = channel.submit(payload("two"));
        assertThat(second).isCompletedWithValue(another.payload());
    }

    @Test
    void anErrorCompletesTheInvocationAsAFunctionError() {
        Invocation invocation = readyAndRunning("one");

        assertThat(channel.fail("one", "{}".getBytes(StandardCharsets.UTF_8), "Runtime.UserException"))
                .isEqualTo(Answer.ACCEPTED);

        assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class,
                error -> assertThat(error.errorType()).isEqualTo("Runtime.UserException"));
    }

    @Test
    void refusesAnAnswerForAnotherRequestId() {
        Invocation invocation = readyAndRunning("one");

        assertThat(channel.respond("other", new byte[0])).isEqualTo(Answer.UNKNOWN_REQUEST_ID);
        assertThat(invocation.outcome()).isNotDone();
    }

    @Test
    void refusesASecondAnswerForTheSameRequest() {
        readyAndRunning("one");
        channel.respond("one", new byte[0]);

        assertThat(channel.fail("one", new byte[0], "Unhandled")).isEqualTo(Answer.UNKNOWN_REQUEST_ID);
    }

    @Test
    void refusesAnotherEventRequestWhileTheRuntimeOwesAnAnswer() {
        readyAndRunning("one");

        assertThat(next()).isCompletedWithValue(Answer.INVALID_STATE_TRANSITION);
    }

    @Test
    void anEventQueuedBeforeTheRequestIsAnsweredAtOnce() {
        readyAndRunning("one");
        channel.respond("one", new byte[0]);
        Invocation queued = channel.submit(payload("two"));

        assertThat(next()).isCompletedWithValue(queued.payload());
    }

    @Test
    void aSecondWaitingRequestTakesThePlaceOfTheFirst() {
        CompletableFuture<Object> first = next();
        CompletableFuture<Object> second = next();

        Invocation invocation = channel.submit(payload("one"));

        assertThat(first).isCompletedWithValue(Answer.INVALID_STATE_TRANSITION);
        assertThat(second).isCompletedWithValue(invocation.payload());
    }

    @Test
    void aWithdrawnRequestGetsNoEventAndTheEventWaitsForTheNextRequest() {
        RecordingReply gone = new RecordingReply();
        channel.nextEvent(gone);
        channel.withdraw(gone);

        Invocation invocation = channel.submit(payload("one"));

        assertThat(gone.answer).isNotDone();
        assertThat(next()).isCompletedWithValue(invocation.payload());
    }

    @Test
    void refusesToSubmitBeforeTheRuntimeIsReady() {
        assertThatThrownBy(() -> channel.submit(payload("early"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInitErrorFailsTheInit() {
        byte[] document = "{\"errorType\":\"Runtime.ImportModuleError\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(channel.failInit(document, "Runtime.ImportModuleError")).isEqualTo(Answer.ACCEPTED);

        assertThat(channel.awaitInit(Duration.ofSeconds(5))).isInstanceOfSatisfying(InitOutcome.Failed.class,
                failed -> {
                    assertThat(failed.errorType()).isEqualTo("Runtime.ImportModuleError");
                    assertThat(failed.errorPayload()).isEqualTo(document);
                });
    }

    @Test
    void refusesAnInitErrorAfterTheRuntimeIsReady() {
        readyAndRunning("one");

        assertThat(channel.failInit(new byte[0], "Runtime.Unknown")).isEqualTo(Answer.INVALID_STATE_TRANSITION);
    }

    @Test
    void theEndBeforeReadinessFailsTheInitWithAnExitError() {
        channel.end("exit status 1");

        assertThat(channel.awaitInit(Duration.ofSeconds(5))).isInstanceOfSatisfying(InitOutcome.Failed.class,
                failed -> {
                    assertThat(failed.errorType()).isEqualTo("Runtime.ExitError");
                    assertThat(failed.errorPayload()).asString()
                            .isEqualTo("{\"errorType\":\"Runtime.ExitError\",\"errorMessage\":"
                                    + "\"Runtime exited with error: exit status 1\"}");
                });
    }

    @Test
    void theEndCompletesTheInvocationInFlightAsExited() {
        Invocation invocation = readyAndRunning("one");

        channel.end("signal: killed");

        assertThat(invocation.outcome().join()).isEqualTo(new InvocationOutcome.Exited("signal: killed"));
        assertThat(channel.respond("one", new byte[0])).isEqualTo(Answer.ENDED);
    }

    @Test
    void theEndReleasesAWaitingEventRequest() {
        CompletableFuture<Object> waiting = next();
        channel.awaitInit(Duration.ofSeconds(5));

        channel.end("signal: killed");

        assertThat(waiting).isCompletedWithValue(Answer.ENDED);
    }

    @Test
    void anEventSubmittedAfterTheEndIsAnsweredExited() {
        channel.end("exit status 2");

        assertThat(channel.submit(payload("late")).outcome().join())
                .isEqualTo(new InvocationOutcome.Exited("exit status 2"));
    }

    @Test
    void anInitThatDoesNotFinishInTimeFailsAsSandboxTimeout() {
        InitOutcome outcome = channel.awaitInit(Duration.ofMillis(20));

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed ->
                assertThat(failed.errorType()).isEqualTo("Sandbox.Timedout"));
    }
}
