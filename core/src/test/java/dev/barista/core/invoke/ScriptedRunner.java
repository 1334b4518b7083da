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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link FunctionRunner} that answers from a script (then repeats its last line), one script for every function
 * unless a function has its own, and records every attempt with the clock's time. Used from one thread, as
 * {@link ManualTimer} runs attempts.
 */
final class ScriptedRunner implements FunctionRunner {
    private final Clock clock;
    private final Script shared = new Script();
    private final Map<String, Script> ownScripts = new HashMap<>();
    private final List<Attempt> attempts = new ArrayList<>();

    ScriptedRunner(Clock clock) {
        this.clock = clock;
    }

    /** Answers these outcomes in turn, then the last one forever. */
    ScriptedRunner answer(Outcome... outcomes) {
        shared.lines.addAll(List.of(outcomes));
        return this;
    }

    /** Answers these outcomes in turn to one function, then the last one forever. */
    ScriptedRunner answer(String functionName, Outcome... outcomes) {
        ownScripts.computeIfAbsent(functionName, name -> new Script()).lines.addAll(List.of(outcomes));
        return this;
    }

    /** The attempts of one function. */
    List<Attempt> attemptsOf(String functionName) {
        return attempts.stream()
                .filter(attempt -> attempt.resolved().configuration().functionName().equals(functionName)).toList();
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
        Outcome outcome = ownScripts.getOrDefault(resolved.configuration().functionName(), shared).next();
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

    private static final class Script {
        private final Deque<Outcome> lines = new ArrayDeque<>();
        private Outcome last = Outcome.SUCCESS;

        Outcome next() {
            if (!lines.isEmpty()) {
                last = lines.poll();
            }
            return last;
        }
    }
}
