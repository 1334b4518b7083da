package dev.barista.core.scheduler;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.environment.InitOutcome;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One invocation's hold on an execution environment, from {@link EnvironmentPool#acquire} until {@link #release}
 * or {@link #destroy}. Whoever acquired it owns it and must end it exactly once; both end methods may be called from
 * any thread, any number of times, and only the first call has an effect.
 */
public final class Lease {
    private final EnvironmentPool pool;
    private final ExecutionEnvironment environment;
    private final EnvironmentProcess process;
    private final boolean coldStart;
    private final Duration initDuration;
    private final InitOutcome initOutcome;
    private final AtomicBoolean ended = new AtomicBoolean();

    Lease(EnvironmentPool pool, ExecutionEnvironment environment, EnvironmentProcess process, boolean coldStart,
          Duration initDuration, InitOutcome initOutcome) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.process = Objects.requireNonNull(process, "process");
        this.coldStart = coldStart;
        this.initDuration = Objects.requireNonNull(initDuration, "initDuration");
        this.initOutcome = Objects.requireNonNull(initOutcome, "initOutcome");
    }

    /** The environment's process; invoke it at most once at a time. The pool, not the caller, destroys it. */
    public EnvironmentProcess process() {
        return process;
    }

    /** The spec the environment was launched from (its variables and log sink). */
    public EnvironmentSpec spec() {
        return environment.spec();
    }

    /** The environment's id, the tail of its log stream name. */
    public String environmentId() {
        return environment.id();
    }

    /** Whether this invocation started the environment (its REPORT line carries the init duration). */
    public boolean coldStart() {
        return coldStart;
    }

    /** How long the cold start took, launch to ready or to failure; zero when warm. */
    public Duration initDuration() {
        return initDuration;
    }

    /**
     * {@link InitOutcome.Ready} when the environment can take the invocation; {@link InitOutcome.Failed} when its
     * cold start failed: the caller answers the invocation with that error and then calls {@link #destroy}.
     */
    public InitOutcome initOutcome() {
        return initOutcome;
    }

    /**
     * Ends the invocation: the environment waits for the next one of its revision, or is destroyed if its function
     * was retired, the pool closed, or its init failed meanwhile.
     */
    public void release() {
        if (ended.compareAndSet(false, true)) {
            pool.releaseLeased(environment);
        }
    }

    /** Ends the invocation and destroys the environment (after a timeout, an exit or an init failure). */
    public void destroy() {
        if (ended.compareAndSet(false, true)) {
            pool.destroyLeased(environment);
        }
    }
}
