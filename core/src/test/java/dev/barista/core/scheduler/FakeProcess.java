package dev.barista.core.scheduler;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** An environment process that runs nothing: init behaves as its launcher was told, destroy is counted. */
final class FakeProcess implements EnvironmentProcess {
    private final EnvironmentSpec spec;
    private final FakeLauncher.InitBehaviour initBehaviour;
    private final AtomicInteger destroyCalls = new AtomicInteger();
    private volatile Duration initTimeout;
    private volatile Runnable onDestroy = () -> { };

    FakeProcess(EnvironmentSpec spec, FakeLauncher.InitBehaviour initBehaviour) {
        this.spec = spec;
        this.initBehaviour = initBehaviour;
    }

    EnvironmentSpec spec() {
        return spec;
    }

    /** The timeout the pool gave {@link #awaitInit}, or null if it never awaited. */
    Duration initTimeout() {
        return initTimeout;
    }

    boolean destroyed() {
        return destroyCalls.get() > 0;
    }

    int destroyCalls() {
        return destroyCalls.get();
    }

    /** Runs inside {@link #destroy}, before it returns. */
    void onDestroy(Runnable action) {
        onDestroy = action;
    }

    @Override
    public String environmentId() {
        return spec.environmentId();
    }

    @Override
    public InitOutcome awaitInit(Duration timeout) {
        initTimeout = timeout;
        return initBehaviour.awaitInit(this);
    }

    @Override
    public InvocationOutcome invoke(InvocationPayload payload, Instant deadline) {
        return new InvocationOutcome.Success(payload.body());
    }

    @Override
    public long peakMemoryBytes() {
        return 0;
    }

    @Override
    public void destroy() {
        destroyCalls.incrementAndGet();
        onDestroy.run();
    }
}
