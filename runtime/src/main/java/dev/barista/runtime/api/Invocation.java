package dev.barista.runtime.api;

import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.util.concurrent.CompletableFuture;

/**
 * One event handed to a runtime, with the outcome the Runtime API or the process watcher completes exactly once.
 *
 * @param payload the event and the headers of {@code GET /next}
 * @param outcome completed by the first of {@code /response}, {@code /error} and the end of the process
 */
public record Invocation(InvocationPayload payload, CompletableFuture<InvocationOutcome> outcome) {

    static Invocation of(InvocationPayload payload) {
        return new Invocation(payload, new CompletableFuture<>());
    }

    String requestId() {
        return payload.requestId();
    }
}
