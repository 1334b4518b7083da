package dev.barista.core.scheduler;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.function.FunctionConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution environment as the pool tracks it: the process it wraps, the version and revision it serves, its
 * memory size and its lifecycle, which refuses every transition {@link EnvironmentState#after} does not allow.
 *
 * <p>Not thread-safe: the owning {@link EnvironmentPool} reads and changes it only under its lock. The pool owns the
 * process; it alone destroys it.
 */
final class ExecutionEnvironment {
    private final String id;
    private final FunctionConfiguration function;
    private final EnvironmentKey key;
    private final int memoryMegabytes;
    private final LeaseCounts leaseCounts;
    private EnvironmentProcess process;
    private EnvironmentSpec spec;
    private EnvironmentState state = EnvironmentState.STARTING;
    private Instant lastUsed;
    private Duration initDuration = Duration.ZERO;
    private boolean retired;

    /** @param leaseCounts told of every change of {@link EnvironmentState#isLeased()}, this new one included */
    ExecutionEnvironment(String id, FunctionConfiguration function, Instant created, LeaseCounts leaseCounts) {
        this.id = Objects.requireNonNull(id, "id");
        this.function = Objects.requireNonNull(function, "function");
        this.key = EnvironmentKey.of(function);
        this.memoryMegabytes = function.memorySizeMegabytes();
        this.lastUsed = Objects.requireNonNull(created, "created");
        this.leaseCounts = Objects.requireNonNull(leaseCounts, "leaseCounts");
        leaseCounts.changed(key.functionName(), false, state.isLeased());
    }

    String id() {
        return id;
    }

    /** The version and revision it serves, from the moment it is registered (before its process exists). */
    FunctionConfiguration function() {
        return function;
    }

    EnvironmentKey key() {
        return key;
    }

    EnvironmentState state() {
        return state;
    }

    int memoryMegabytes() {
        return memoryMegabytes;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    /** How long the cold start took, launch to ready; zero until then. */
    Duration initDuration() {
        return initDuration;
    }

    /** The process, or null while the launcher is still starting it. */
    EnvironmentProcess process() {
        return process;
    }

    /** Whether its function was retired while it was leased: it is destroyed instead of going back to the pool. */
    boolean retired() {
        return retired;
    }

    /** The spec the process was launched from, or null while the launcher is still starting it. */
    EnvironmentSpec spec() {
        return spec;
    }

    /** Records the launched process. Allowed once, while starting or when a stop overtook the launch. */
    void attach(EnvironmentProcess launched, EnvironmentSpec launchedFrom) {
        if (process != null) {
            throw new IllegalStateException("Environment " + id + " has a process already");
        }
        if (state != EnvironmentState.STARTING && state != EnvironmentState.STOPPING) {
            throw new IllegalStateException("Environment " + id + " is " + state + " and cannot take a process");
        }
        process = Objects.requireNonNull(launched, "launched");
        spec = Objects.requireNonNull(launchedFrom, "launchedFrom");
    }

    void initialised(Duration duration) {
        transition(EnvironmentEvent.INITIALISED);
        initDuration = Objects.requireNonNull(duration, "duration");
    }

    void lease() {
        transition(EnvironmentEvent.LEASED);
    }

    void release(Instant now) {
        transition(EnvironmentEvent.RELEASED);
        lastUsed = now;
    }

    void stop() {
        transition(EnvironmentEvent.STOP_REQUESTED);
    }

    void destroyed() {
        transition(EnvironmentEvent.DESTROYED);
    }

    void retire() {
        retired = true;
    }

    EnvironmentView view() {
        return new EnvironmentView(id, key, state, memoryMegabytes, lastUsed);
    }

    private void transition(EnvironmentEvent event) {
        EnvironmentState before = state;
        state = state.after(event).orElseThrow(() -> new IllegalStateException(
                "Environment " + id + " is " + before + " and refuses " + event));
        leaseCounts.changed(key.functionName(), before.isLeased(), state.isLeased());
    }
}
