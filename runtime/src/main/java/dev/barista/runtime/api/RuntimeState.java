package dev.barista.runtime.api;

import dev.barista.core.environment.InitOutcome;

/**
 * Where the runtime of one environment stands, as seen through its Runtime API. {@link RuntimeChannel} owns the
 * current state and refuses every transition not listed on these records.
 */
sealed interface RuntimeState {

    /** The process was started and has not asked for an event yet. Goes to {@link Idle} or {@link InitFailed}. */
    record Initializing() implements RuntimeState {
    }

    /**
     * The runtime has finished initialising, no invocation is in flight and it has not asked for the next one yet.
     * Goes to {@link Queued} or {@link Waiting}.
     */
    record Idle() implements RuntimeState {
    }

    /**
     * The runtime's {@code GET /next} waits for an event; {@code reply} answers it. Goes to {@link Running}, or back to
     * {@link Idle} when the request's connection closes.
     */
    record Waiting(NextEventReply reply) implements RuntimeState {
    }

    /** An event waits for the runtime's next {@code GET /next}. Goes to {@link Running}. */
    record Queued(Invocation invocation) implements RuntimeState {
    }

    /** The runtime holds the event and owes a response or an error. Goes back to {@link Idle}. */
    record Running(Invocation invocation) implements RuntimeState {
    }

    /** The runtime reported {@code /init/error}; only {@link Ended} follows. */
    record InitFailed(InitOutcome.Failed failure) implements RuntimeState {
    }

    /** The process is gone or the environment was destroyed. Final. */
    record Ended(String reason) implements RuntimeState {
    }
}
