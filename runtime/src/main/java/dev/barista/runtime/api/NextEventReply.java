package dev.barista.runtime.api;

import dev.barista.core.environment.InvocationPayload;

/**
 * The answer to one {@code GET /next}, given by whichever thread has it: the runtime's connection when an event is
 * already queued, the submitting thread when the request was waiting (so that handing an event over wakes no other
 * thread), or the thread that ends the environment. Called at most once, never under {@link RuntimeChannel}'s lock.
 */
interface NextEventReply {

    /**
     * Sends the event with its context headers.
     *
     * @param takeTurn whether the calling thread will read the answer itself if nobody else reads the connection
     * @return read by the caller (who gets the turn to read the connection) when {@code takeTurn} and nobody else
     *     reads it; undelivered when the connection turned out closed; else read elsewhere
     */
    EventDelivery event(InvocationPayload payload, boolean takeTurn);

    /** Sends the refusal, such as 410 when the environment has ended. */
    void refused(Answer answer);
}
