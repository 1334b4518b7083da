package dev.barista.runtime.api;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.runtime.api.RuntimeState.Ended;
import dev.barista.runtime.api.RuntimeState.Idle;
import dev.barista.runtime.api.RuntimeState.InitFailed;
import dev.barista.runtime.api.RuntimeState.Initializing;
import dev.barista.runtime.api.RuntimeState.Queued;
import dev.barista.runtime.api.RuntimeState.Running;
import dev.barista.runtime.api.RuntimeState.Waiting;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state machine between one environment's Runtime API endpoints and its launcher (modelled on the Runtime
 * Interface Emulator's runtime states). The launcher hands events in with {@link #submit} and learns the end of
 * the process through {@link #end}; the endpoint handlers call {@link #nextEvent}, {@link #respond},
 * {@link #fail} and {@link #failInit}. Every transition the {@link RuntimeState} records do not name is refused.
 *
 * <p>Thread-safe. An event is handed over directly from {@link #submit} to a waiting {@code GET /next}: the
 * submitting thread writes it to the runtime itself, so no other thread wakes up for it; one lock, no polling.
 */
public final class RuntimeChannel {
    private final ReentrantLock lock = new ReentrantLock();
    private final CompletableFuture<InitOutcome> init = new CompletableFuture<>();
    private RuntimeState state = new Initializing();

    /**
     * Blocks until the runtime asks for its first event, reports an init error, ends, or the timeout passes.
     * A timeout leaves the state as it is: the caller destroys the environment.
     */
    public InitOutcome awaitInit(Duration timeout) {
        try {
            return init.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException timedOut) {
            return RuntimeErrors.initFailure(RuntimeErrors.SANDBOX_TIMEOUT,
                    String.format(Locale.ROOT, "Init timed out after %.2f seconds", timeout.toMillis() / 1000.0));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return RuntimeErrors.initFailure(RuntimeErrors.SANDBOX_TIMEOUT, "Init was interrupted");
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        }
    }

    /**
     * Queues one event for the runtime. The returned invocation completes with the runtime's answer or with
     * {@link InvocationOutcome.Exited} when the environment ends first; it never completes with a timeout.
     *
     * @throws IllegalStateException unless the runtime is idle (initialised, no invocation in flight) or ended
     */
    public Invocation submit(InvocationPayload payload) {
        return submit(payload, (answer, outcome) -> outcome.complete(answer), false);
    }

    /**
     * As {@link #submit(InvocationPayload)}, with the runtime's answer handed to {@code delivery} (on the thread that
     * reads it, outside the lock), which completes the outcome when it sees fit. The caller must then call
     * {@link Invocation#readAnswer}: the answer is usually read on its thread.
     */
    public Invocation submit(InvocationPayload payload,
            BiConsumer<InvocationOutcome, CompletableFuture<InvocationOutcome>> delivery) {
        return submit(payload, delivery, true);
    }

    private Invocation submit(InvocationPayload payload,
            BiConsumer<InvocationOutcome, CompletableFuture<InvocationOutcome>> delivery, boolean takeTurn) {
        Invocation invocation = new Invocation(payload, delivery);
        NextEventReply waiting = null;
        lock.lock();
        try {
            switch (state) {
                case Idle idle -> state = new Queued(invocation);
                case Waiting pending -> {
                    waiting = pending.reply();
                    state = new Running(invocation);
                }
                case Ended ended -> invocation.outcome().complete(new InvocationOutcome.Exited(ended.reason()));
                case Initializing initializing -> throw refused("submit", initializing);
                case Queued queued -> throw refused("submit", queued);
                case Running running -> throw refused("submit", running);
                case InitFailed initFailed -> throw refused("submit", initFailed);
            }
        } finally {
            lock.unlock();
        }
        if (waiting != null) {
            switch (waiting.event(payload, takeTurn)) {
                case EventDelivery.ReadByCaller byCaller -> invocation.readingTurn(byCaller.turn());
                case EventDelivery.Undelivered undelivered -> requeue(invocation);
                case EventDelivery.ReadElsewhere elsewhere -> {
                    // Another thread reads the answer, or the connection's end completes the invocation.
                }
            }
        }
        return invocation;
    }

    /**
     * The environment is over (the process exited, or it is being destroyed). Completes a pending init with
     * {@code Runtime.ExitError} and an invocation in flight with {@link InvocationOutcome.Exited}. Idempotent.
     *
     * @param reason as Lambda words it, such as {@code exit status 1} or {@code signal: killed}
     */
    public void end(String reason) {
        NextEventReply waiting = null;
        lock.lock();
        try {
            switch (state) {
                case Queued queued -> queued.invocation().outcome().complete(new InvocationOutcome.Exited(reason));
                case Running running -> running.invocation().outcome().complete(new InvocationOutcome.Exited(reason));
                case Waiting pending -> waiting = pending.reply();
                case Ended ended -> {
                    return;
                }
                case Initializing initializing -> { }
                case Idle idle -> { }
                case InitFailed initFailed -> { }
            }
            state = new Ended(reason);
            init.complete(RuntimeErrors.initFailure(RuntimeErrors.EXIT_ERROR, RuntimeErrors.exitMessage(reason)));
        } finally {
            lock.unlock();
        }
        if (waiting != null) {
            waiting.refused(Answer.ENDED);
        }
    }

    /**
     * {@code GET /next}: the first call marks the runtime ready. {@code reply} gets the queued event at once, on this
     * thread; else it waits (no thread blocks) until {@link #submit} or {@link #end} answers it on theirs. A second
     * request while one waits takes its place; the first is refused.
     */
    void nextEvent(NextEventReply reply) {
        InvocationPayload event = null;
        NextEventReply replaced = null;
        Answer refusal = null;
        lock.lock();
        try {
            switch (state) {
                case Initializing initializing -> {
                    state = new Waiting(reply);
                    init.complete(new InitOutcome.Ready());
                }
                case Idle idle -> state = new Waiting(reply);
                case Waiting pending -> {
                    replaced = pending.reply();
                    state = new Waiting(reply);
                }
                case Queued queued -> {
                    state = new Running(queued.invocation());
                    event = queued.invocation().payload();
                }
                case Ended ended -> refusal = Answer.ENDED;
                case Running running -> refusal = Answer.INVALID_STATE_TRANSITION;
                case InitFailed initFailed -> refusal = Answer.INVALID_STATE_TRANSITION;
            }
        } finally {
            lock.unlock();
        }
        if (replaced != null) {
            replaced.refused(Answer.INVALID_STATE_TRANSITION);
        }
        if (event != null) {
            reply.event(event, false);
        } else if (refusal != null) {
            reply.refused(refusal);
        }
    }

    /** The event could not be sent (its connection had closed): the next {@code GET /next} gets it. */
    private void requeue(Invocation invocation) {
        lock.lock();
        try {
            if (state instanceof Running running && running.invocation() == invocation) {
                state = new Queued(invocation);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The connection of a waiting {@code GET /next} closed: nobody is waiting for an event any more. */
    void withdraw(NextEventReply reply) {
        lock.lock();
        try {
            if (state instanceof Waiting pending && pending.reply() == reply) {
                state = new Idle();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether a {@code GET /next} waits for an event now. */
    boolean waitingForEvent() {
        lock.lock();
        try {
            return state instanceof Waiting;
        } finally {
            lock.unlock();
        }
    }

    /** {@code POST /invocation/{id}/response}. */
    Answer respond(String requestId, byte[] body) {
        return answer(requestId, new InvocationOutcome.Success(body));
    }

    /** {@code POST /invocation/{id}/error}. */
    Answer fail(String requestId, byte[] body, String errorType) {
        return answer(requestId, new InvocationOutcome.FunctionError(body, errorType));
    }

    /** {@code POST /init/error}: allowed only before the first {@code GET /next}. */
    Answer failInit(byte[] body, String errorType) {
        lock.lock();
        try {
            return switch (state) {
                case Initializing initializing -> {
                    InitOutcome.Failed failure = new InitOutcome.Failed(body, errorType);
                    state = new InitFailed(failure);
                    init.complete(failure);
                    yield Answer.ACCEPTED;
                }
                case Ended ended -> Answer.ENDED;
                case Idle idle -> Answer.INVALID_STATE_TRANSITION;
                case Waiting waiting -> Answer.INVALID_STATE_TRANSITION;
                case Queued queued -> Answer.INVALID_STATE_TRANSITION;
                case Running running -> Answer.INVALID_STATE_TRANSITION;
                case InitFailed initFailed -> Answer.INVALID_STATE_TRANSITION;
            };
        } finally {
            lock.unlock();
        }
    }

    private Answer answer(String requestId, InvocationOutcome outcome) {
        Invocation answered;
        lock.lock();
        try {
            switch (state) {
                case Running running when running.invocation().requestId().equals(requestId) -> {
                    state = new Idle();
                    answered = running.invocation();
                }
                case Ended ended -> {
                    return Answer.ENDED;
                }
                case Running running -> {
                    return Answer.UNKNOWN_REQUEST_ID;
                }
                case Initializing initializing -> {
                    return Answer.UNKNOWN_REQUEST_ID;
                }
                case Idle idle -> {
                    return Answer.UNKNOWN_REQUEST_ID;
                }
                case Waiting waiting -> {
                    return Answer.UNKNOWN_REQUEST_ID;
                }
                case Queued queued -> {
                    return Answer.UNKNOWN_REQUEST_ID;
                }
                case InitFailed initFailed -> {
                    return Answer.UNKNOWN_REQUEST_ID;
                }
            }
        } finally {
            lock.unlock();
        }
        answered.answered(outcome);
        return Answer.ACCEPTED;
    }

    private static IllegalStateException refused(String transition, RuntimeState from) {
        return new IllegalStateException("cannot " + transition + " while " + from.getClass().getSimpleName());
    }
}
