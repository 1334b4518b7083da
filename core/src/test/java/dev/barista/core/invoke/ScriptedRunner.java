package dev.barista.core.invoke;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.ResolvedFunction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A {@link FunctionRunner} that answers from a script (then repeats its last line) and records every attempt with
 * the clock's time. Used from one thread, as {@link ManualTimer} runs attempts.
 */
final class ScriptedRunner implements FunctionRunner {
    private final Clock clock;
    private final Deque<Outcome> script = new ArrayDeque<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private Outcome last = Outcome.SUCCESS;

    ScriptedRunner(Clock clock) {
        this.clock = clock;
    }

    /** Answers these outcomes in turn, then the last one forever. */
    ScriptedRunner answer(Outcome... outcomes) {
        script.addAll(List.of(outcomes));
        return this;
    }

    List<Attempt> attempts() {
        return attempts;
    }

    List<Instant> times() {
        return attempts.stream().map(Attempt::at).toList();
    }

    @Override
    public InvokeResult run(String requestId, ResolvedFunction resolved, byte[] payload) {
        attempts.add(new Attempt(requestId, resolved, new String(payload, StandardCharsets.UTF_8), clock.instant()));
        Outcome outcome = script.isEmpty() ? last : script.poll();
        last = outcome;
        String version = resolved.configuration().version();
        return switch (outcome) {
            case SUCCESS -> new InvokeResult(200, bytes("{\"ok\":true}"), null, version, null, requestId);
            case FUNCTION_ERROR -> new InvokeResult(200,
                    bytes("{\"errorMessage\":\"boom\",\"errorType\":\"ValueError\"}"), "Unhandled", version, null,
                    requestId);
            case THROTTLE -> throw new BaristaException(ErrorCode.TOO_MANY_REQUESTS, "Rate Exceeded.",
                    "ConcurrentInvocationLimitExceeded");
            case SYSTEM_ERROR -> throw new IllegalStateException("the environment could not start");
        };
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    enum Outcome {
        SUCCESS,
        FUNCTION_ERROR,
        THROTTLE,
        SYSTEM_ERROR
    }

    record Attempt(String requestId, ResolvedFunction resolved, String payload, Instant at) {
    }
}
