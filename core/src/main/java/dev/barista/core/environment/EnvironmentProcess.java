package dev.barista.core.environment;

import java.time.Duration;
import java.time.Instant;

/**
 * One running execution environment (one OS process and its Runtime API listener). It serves one invocation at
 * a time: callers (the core scheduler) never call {@link #invoke} concurrently. Expected failures are outcomes,
 * not exceptions.
 */
public interface EnvironmentProcess {

    String environmentId();

    /**
     * Blocks until the runtime asks for its first event ({@code GET /next}), reports an init error, exits, or the
     * timeout passes.
     */
    InitOutcome awaitInit(Duration timeout);

    /**
     * Hands one event to the runtime and blocks until it answers, reports an error, exits, or the deadline passes.
     * Returns only after every line the process wrote before answering has reached the log sink.
     */
    InvocationOutcome invoke(InvocationPayload payload, Instant deadline);

    /** The largest resident memory seen for the process tree so far, in bytes (0 if unknown). */
    long peakMemoryBytes();

    /** Kills the process tree and closes the listener. Idempotent; returns when the process is gone. */
    void destroy();
}
