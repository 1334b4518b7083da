package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.runtime.api.Invocation;
import dev.barista.runtime.api.RuntimeApiServer;
import dev.barista.runtime.api.RuntimeChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One running environment: an OS process, its Runtime API listener, its output pump and its memory limit.
 * {@link #invoke} is called by one caller at a time (the SPI's contract); {@link #destroy} may come from any
 * thread, also during an invocation, which then ends as {@link InvocationOutcome.Exited}.
 */
final class LocalEnvironmentProcess implements EnvironmentProcess {
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(5);

    /**
     * @param environmentDirectory the environment's own directory (its {@code /tmp} inside), removed on destroy
     * @param onDestroyed tells the launcher that the environment is gone
     * @param telemetry the framed log channel of a Java runtime client, if it has one
     */
    record Parts(String environmentId, Process process, RuntimeChannel channel, RuntimeApiServer server,
            OutputPump output, MemoryLimit memory, Path environmentDirectory,
            Optional<AotRecording> aotRecording, Consumer<EnvironmentProcess> onDestroyed,
            Optional<TelemetryChannel> telemetry) {
    }

    private final Parts parts;
    private final Clock clock;
    private final Duration drainTimeout;
    private final AtomicBoolean destroying = new AtomicBoolean();
    private final CompletableFuture<Void> destroyed = new CompletableFuture<>();

    LocalEnvironmentProcess(Parts parts, Clock clock, Duration drainTimeout) {
        this.parts = parts;
        this.clock = clock;
        this.drainTimeout = drainTimeout;
    }

    @Override
    public String environmentId() {
        return parts.environmentId();
    }

    @Override
    public InitOutcome awaitInit(Duration timeout) {
        return parts.channel().awaitInit(timeout);
    }

    @Override
    public InvocationOutcome invoke(InvocationPayload payload, Instant deadline) {
        Invocation invocation = parts.channel().submit(payload, this::deliverAfterOutput);
        long remaining = Math.max(0, Duration.between(clock.instant(), deadline).toNanos());
        long deadlineNanoTime = System.nanoTime() + remaining;
        // Usually the answer is read, and its output drained, on this thread (ADR 0015).
        invocation.readAnswer(deadlineNanoTime);
        InvocationOutcome outcome;
        try {
            outcome = invocation.outcome().get(Math.max(0, deadlineNanoTime - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
        } catch (TimeoutException deadlinePassed) {
            // An answer that came in time is the outcome, even if its output is still on its way to the log.
            return invocation.answer().orElseGet(InvocationOutcome.TimedOut::new);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new InvocationOutcome.TimedOut();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible.getCause());
        }
        switch (outcome) {
            case InvocationOutcome.Success success -> answered();
            case InvocationOutcome.FunctionError error -> answered();
            case InvocationOutcome.Exited exited -> {
                parts.output().awaitEnd(drainTimeout);
                parts.telemetry().ifPresent(telemetry -> telemetry.awaitMarker(telemetry.writeMarker(),
                        drainTimeout));
            }
            case InvocationOutcome.TimedOut timedOut -> { }
        }
        return outcome;
    }

    private void answered() {
        parts.aotRecording().ifPresent(recording -> recording.invocationAnswered(parts.process().toHandle()));
    }

    /**
     * Completes the outcome once everything the process wrote before answering has reached the log sink: this
     * thread (the one that has just read the answer: usually the invoking one) drains the output pipe, which holds
     * the rest. A framed log channel gets a marker instead, and its reader completes the outcome when it reads it.
     */
    private void deliverAfterOutput(InvocationOutcome answer, CompletableFuture<InvocationOutcome> outcome) {
        parts.output().drain();
        long frameMarker = parts.telemetry().map(TelemetryChannel::writeMarker).orElse(-1L);
        if (frameMarker > 0) {
            parts.telemetry().orElseThrow().whenMarker(frameMarker, () -> outcome.complete(answer));
        } else {
            outcome.complete(answer);
        }
    }

    @Override
    public long peakMemoryBytes() {
        return parts.memory().peakBytes();
    }

    @Override
    public void destroy() {
        if (!destroying.compareAndSet(false, true)) {
            destroyed.join();
            return;
        }
        try {
            // What a process says while it is being killed (a shell's "Killed") belongs to no invocation.
            parts.output().silence();
            parts.aotRecording().ifPresent(recording -> recording.beforeDestroy(parts.process()));
            ProcessTree.kill(parts.process().toHandle());
            ProcessTree.killAll(parts.memory().members());
            int exitValue = awaitExit();
            parts.channel().end(ExitReason.of(exitValue));
            parts.output().awaitEnd(drainTimeout);
            parts.telemetry().ifPresent(TelemetryChannel::close);
            parts.server().close();
            parts.memory().close();
            parts.aotRecording().ifPresent(AotRecording::processEnded);
            Directories.deleteRecursively(parts.environmentDirectory());
        } finally {
            parts.onDestroyed().accept(this);
            destroyed.complete(null);
        }
    }

    /** The exit value of the killed process; it cannot outlive SIGKILL for long. */
    private int awaitExit() {
        try {
            return parts.process().waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    ? parts.process().exitValue() : 128 + 9;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 128 + 9;
        }
    }
}
