package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.time.Duration;
import java.time.Instant;

/** An environment whose runtime could not even be started: its init has failed before it began. */
final class UnstartableEnvironment implements EnvironmentProcess {
    private final String environmentId;
    private final InitOutcome.Failed failure;

    UnstartableEnvironment(String environmentId, InitOutcome.Failed failure) {
        this.environmentId = environmentId;
        this.failure = failure;
    }

    @Override
    public String environmentId() {
        return environmentId;
    }

    @Override
    public InitOutcome awaitInit(Duration timeout) {
        return failure;
    }

    /** Answers with the init error, as Lambda answers an invocation whose init failed. */
    @Override
    public InvocationOutcome invoke(InvocationPayload payload, Instant deadline) {
        return new InvocationOutcome.FunctionError(failure.errorPayload(), failure.errorType());
    }

    @Override
    public long peakMemoryBytes() {
        return 0;
    }

    @Override
    public void destroy() {
        // Nothing was started.
    }
}
