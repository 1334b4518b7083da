package dev.barista.runtime;

import static dev.barista.runtime.TestFunctions.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Events with trace ids, for a test function that answers with the trace id it sees and the one a process it starts
 * sees, and then sets or removes the variable itself when the event asks ({@code set}, {@code remove}).
 */
final class TraceIdTrial {
    private TraceIdTrial() {
    }

    /**
     * Each event's own trace id reaches the function and its child, also after the function set or removed the
     * variable; an event without one leaves it absent.
     *
     * @param answer the function's answer when both see {@code traceId} ({@code absent} when there is none)
     */
    static void eachEventsTraceIdIsSeen(Function<InvocationPayload, InvocationOutcome> invoke,
                                        UnaryOperator<String> answer) {
        List<String> events = List.of("{}", "{\"set\":\"Root=mine\"}", "{}", "{\"remove\":true}", "{}");
        for (int index = 0; index < events.size(); index++) {
            String traceId = "Root=1-5759e988-bd862e3fe1be46a99427279" + index + ";Sampled=1";
            assertThat(payloadOf(invoke.apply(withTraceId(event(events.get(index)), traceId))))
                    .isEqualTo(answer.apply(traceId));
        }
        assertThat(payloadOf(invoke.apply(withTraceId(event("{}"), "")))).isEqualTo(answer.apply("absent"));
    }

    static InvocationPayload withTraceId(InvocationPayload payload, String traceId) {
        return new InvocationPayload(payload.requestId(), payload.body(), payload.invokedFunctionArn(),
                payload.deadline(), traceId, payload.clientContext(), payload.cognitoIdentity());
    }

    /** What a successful invocation answered, as text. */
    static String payloadOf(InvocationOutcome outcome) {
        assertThat(outcome).isInstanceOf(InvocationOutcome.Success.class);
        return new String(((InvocationOutcome.Success) outcome).payload(), StandardCharsets.UTF_8);
    }
}
