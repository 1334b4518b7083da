package dev.barista.runtime.api;

/** What became of an event handed to a waiting {@code GET /next} ({@link NextEventReply#event}). */
sealed interface EventDelivery {
    /** Sent, and the sending thread has the turn to read the runtime's answer itself. */
    record ReadByCaller(ReadingTurn turn) implements EventDelivery {
    }

    /**
     * Sent, and the connection's own thread reads the answer; or lost with a connection that is ending, whose end
     * completes the invocation. Either way the caller only waits for the outcome.
     */
    record ReadElsewhere() implements EventDelivery {
    }

    /** Not sent: the runtime had closed the connection while nobody read it; the event waits for another. */
    record Undelivered() implements EventDelivery {
    }
}
