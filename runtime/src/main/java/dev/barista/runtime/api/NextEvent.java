package dev.barista.runtime.api;

import dev.barista.core.environment.InvocationPayload;

/** What {@code GET /next} answers: an event, or the reason there will be none. */
sealed interface NextEvent {

    record Event(InvocationPayload payload) implements NextEvent {
    }

    record Refused(Answer answer) implements NextEvent {
    }
}
