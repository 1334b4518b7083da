package dev.barista.runtime.api;

import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * One event handed to a runtime, with the outcome completed exactly once: by the runtime's {@code /response} or
 * {@code /error} through the delivery given at submission (which may hold it back until the output written before
 * the answer has reached the log), or by the end of the process.
 */
public final class Invocation {
    private final InvocationPayload payload;
    private final CompletableFuture<InvocationOutcome> outcome = new CompletableFuture<>();
    private final BiConsumer<InvocationOutcome, CompletableFuture<InvocationOutcome>> delivery;
    private volatile InvocationOutcome answer;
    private volatile ReadingTurn readingTurn;

    Invocation(InvocationPayload payload,
            BiConsumer<InvocationOutcome, CompletableFuture<InvocationOutcome>> delivery) {
        this.payload = payload;
        this.delivery = delivery;
    }

    /** The event and the headers of {@code GET /next}. */
    public InvocationPayload payload() {
        return payload;
    }

    /** Completed by the delivery of the runtime's answer, or with {@link InvocationOutcome.Exited}. */
    public CompletableFuture<InvocationOutcome> outcome() {
        return outcome;
    }

    /** The runtime's answer as soon as it arrived, even while its delivery still waits. */
    public Optional<InvocationOutcome> answer() {
        return Optional.ofNullable(answer);
    }

    /**
     * When the submitting thread wrote the event to a connection that nobody else reads, reads the runtime's answer
     * on this thread until it comes, the connection closes or the deadline ({@link System#nanoTime}) passes;
     * otherwise returns at once (another thread reads the answer). Called once, by the submitting thread.
     */
    public void readAnswer(long deadlineNanoTime) {
        ReadingTurn turn = readingTurn;
        if (turn != null) {
            readingTurn = null;
            turn.readUntilAnswered(this, deadlineNanoTime);
        }
    }

    void readingTurn(ReadingTurn turn) {
        readingTurn = turn;
    }

    String requestId() {
        return payload.requestId();
    }

    /** The runtime answered: recorded at once, delivered to {@link #outcome} by the delivery. */
    void answered(InvocationOutcome runtimeAnswer) {
        answer = runtimeAnswer;
        delivery.accept(runtimeAnswer, outcome);
    }
}
