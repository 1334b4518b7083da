package dev.barista.core.scheduler;

import dev.barista.core.environment.EnvironmentLauncher;
import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.scheduler.PlacementDecision.EvictThenStart;
import dev.barista.core.scheduler.PlacementDecision.StartCold;
import dev.barista.core.scheduler.PlacementDecision.Throttle;
import dev.barista.core.scheduler.PlacementDecision.UseWarm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The scheduler: hands each invocation an execution environment of its function's version and revision, warm or
 * freshly started, or throttles it. {@code Placement} decides, as a pure function; this class applies the decisions.
 *
 * <p>Thread-safe. All bookkeeping happens under one lock, which is never held while a process is launched, awaited
 * or destroyed: cold starts of different functions run in parallel, and a slow start or stop blocks nobody else.
 * An invocation never waits for an environment another invocation is starting; it starts its own, since an
 * environment serves one invocation at a time.
 *
 * <p>The pool owns every process it launches and destroys each exactly once: on {@link Lease#destroy}, on eviction,
 * expiry or retirement, or on {@link #close}.
 */
public final class EnvironmentPool implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(EnvironmentPool.class.getName());

    private final EnvironmentLauncher launcher;
    private final PoolSettings settings;
    private final Clock clock;
    private final Supplier<Map<String, Integer>> reservations;
    private final ReentrantLock lock = new ReentrantLock();
    // Guarded by lock.
    private final EnvironmentRegistry registry = new EnvironmentRegistry();
    private boolean closed;
    private long coldStarts;
    /** Cold starts that may run at once: twice the cores, at least four. */
    private final Semaphore coldStartSlots =
            new Semaphore(Math.max(4, 2 * java.lang.Runtime.getRuntime().availableProcessors()), true);
    private long warmStarts;
    private long throttles;
    /** Written under the lock by every lease change and acquire; read without it by {@link #concurrency()}. */
    private final LeaseCounts leaseCounts = new LeaseCounts();

    /**
     * @param reservations reserved concurrency by function name, read at every acquire; functions absent from the
     *     map have no reservation
     */
    public EnvironmentPool(EnvironmentLauncher launcher, PoolSettings settings, Clock clock,
                           Supplier<Map<String, Integer>> reservations) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reservations = Objects.requireNonNull(reservations, "reservations");
    }

    /**
     * Leases an environment for one invocation of {@code function}: the most recently used idle one of the same
     * version and revision, or a new one, launched from {@code specFactory(environmentId)} and awaited here for at
     * most the init timeout. A failed cold start still returns a lease, which reports the failure.
     *
     * @throws BaristaException {@link ErrorCode#TOO_MANY_REQUESTS} with the throttle reason when concurrency or
     *     memory is exhausted, and message {@code Rate Exceeded.} (followed by what the memory budget holds when it
     *     was memory); {@link ErrorCode#SERVICE_FAILURE} when the pool
     *     is closed
     */
    public Lease acquire(FunctionConfiguration function, Function<String, EnvironmentSpec> specFactory) {
        Objects.requireNonNull(specFactory, "specFactory");
        Map<String, Integer> reserved = Map.copyOf(reservations.get());
        return switch (admit(function, reserved)) {
            case Admission.Warm warm -> warm.lease();
            case Admission.Cold cold -> startCold(cold.environment(), cold.evicted(), specFactory);
        };
    }

    /** Destroys every IDLE environment of the function now; BUSY and STARTING ones are destroyed when released. */
    public void retire(String functionName) {
        retire(functionName, null);
    }

    /**
     * Like {@link #retire(String)}, for the environments of one version only ({@code $LATEST} after an update, a
     * number after its deletion); all versions when {@code version} is null.
     */
    public void retire(String functionName, String version) {
        Objects.requireNonNull(functionName, "functionName");
        List<ExecutionEnvironment> stopped = new ArrayList<>();
        lock.lock();
        try {
            for (ExecutionEnvironment environment : registry.matching(
                    candidate -> candidate.key().functionName().equals(functionName)
                            && (version == null || candidate.key().version().equals(version)))) {
                switch (environment.state()) {
                    case IDLE -> {
                        environment.stop();
                        stopped.add(environment);
                    }
                    case STARTING, BUSY -> environment.retire();
                    case STOPPING, STOPPED -> {
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        destroyProcesses(stopped);
    }

    /** Destroys the idle environments unused for longer than the keep-alive. The server calls it periodically. */
    public void evictExpired() {
        List<ExecutionEnvironment> stopped;
        lock.lock();
        try {
            Instant usedSince = clock.instant().minus(settings.keepAlive());
            stopped = registry.matching(environment -> environment.state() == EnvironmentState.IDLE
                    && environment.lastUsed().isBefore(usedSince));
            stopped.forEach(ExecutionEnvironment::stop);
        } finally {
            lock.unlock();
        }
        destroyProcesses(stopped);
    }

    public PoolStatistics statistics() {
        lock.lock();
        try {
            return new PoolStatistics(registry.count(EnvironmentState.STARTING), registry.count(EnvironmentState.IDLE),
                    registry.count(EnvironmentState.BUSY), registry.count(EnvironmentState.STOPPING), coldStarts,
                    warmStarts, throttles, registry.memoryInUseMegabytes(), settings.memoryBudgetMegabytes());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The invocations being served now, by function, from counts the pool keeps as it leases and releases: no scan
     * and no lock, so it may be called at every invocation. Functions without a reservation as of the last acquire
     * count as unreserved.
     */
    public PoolConcurrency concurrency() {
        return leaseCounts.sample();
    }

    /**
     * The version and revision of every environment whose process may still run or is about to be launched: every
     * environment not yet destroyed, starting, idle, busy or stopping. Their code and caches must stay.
     */
    public Set<FunctionConfiguration> runningFunctions() {
        lock.lock();
        try {
            Set<FunctionConfiguration> functions = new HashSet<>();
            registry.all().forEach(environment -> functions.add(environment.function()));
            return functions;
        } finally {
            lock.unlock();
        }
    }

    /** What {@link #concurrency()} answers, counted by scanning every environment under the lock (for tests). */
    PoolConcurrency scannedConcurrency() {
        lock.lock();
        try {
            return registry.concurrency(leaseCounts.lastReservations());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Destroys every environment, busy ones included, and refuses further acquires. Idempotent. An environment whose
     * launch is still under way is destroyed by the acquiring thread as soon as the launcher returns it.
     */
    @Override
    public void close() {
        List<ExecutionEnvironment> stopped = new ArrayList<>();
        lock.lock();
        try {
            closed = true;
            for (ExecutionEnvironment environment : registry.all()) {
                switch (environment.state()) {
                    case STARTING, IDLE, BUSY -> {
                        environment.stop();
                        // One still launching has no process yet: its acquiring thread destroys it.
                        if (environment.process() != null) {
                            stopped.add(environment);
                        }
                    }
                    case STOPPING, STOPPED -> {
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        destroyProcesses(stopped);
    }

    void releaseLeased(ExecutionEnvironment environment) {
        boolean destroy;
        lock.lock();
        try {
            destroy = switch (environment.state()) {
                case BUSY -> {
                    if (environment.retired()) {
                        environment.stop();
                        yield true;
                    }
                    environment.release(clock.instant());
                    yield false;
                }
                case STARTING -> {
                    // Its init failed: it can serve nobody.
                    environment.stop();
                    yield true;
                }
                case STOPPING, STOPPED -> false;
                case IDLE -> throw new IllegalStateException("Environment " + environment.id() + " is not leased");
            };
        } finally {
            lock.unlock();
        }
        if (destroy) {
            destroyProcess(environment);
        }
    }

    void destroyLeased(ExecutionEnvironment environment) {
        boolean destroy;
        lock.lock();
        try {
            destroy = switch (environment.state()) {
                case STARTING, BUSY -> {
                    environment.stop();
                    yield true;
                }
                case STOPPING, STOPPED -> false;
                case IDLE -> throw new IllegalStateException("Environment " + environment.id() + " is not leased");
            };
        } finally {
            lock.unlock();
        }
        if (destroy) {
            destroyProcess(environment);
        }
    }

    private Admission admit(FunctionConfiguration function, Map<String, Integer> reserved) {
        Demand demand = Demand.of(function);
        lock.lock();
        try {
            if (closed) {
                throw closedFailure();
            }
            leaseCounts.reservations(reserved);
            PoolSnapshot snapshot = new PoolSnapshot(leaseCounts.leasedByFunction(), leaseCounts.unreserved(),
                    reserved, settings.accountConcurrency(), settings.memoryBudgetMegabytes(),
                    registry.idleViews(demand.key()), registry::views);
            return switch (Placement.decide(demand, snapshot)) {
                case UseWarm warm -> {
                    ExecutionEnvironment environment = registry.get(warm.environmentId());
                    environment.lease();
                    warmStarts++;
                    yield new Admission.Warm(new Lease(this, environment, environment.process(), false,
                            Duration.ZERO, new InitOutcome.Ready()));
                }
                case StartCold start -> new Admission.Cold(register(function), List.of());
                case EvictThenStart eviction -> {
                    List<ExecutionEnvironment> evicted = new ArrayList<>();
                    for (String id : eviction.environmentIds()) {
                        ExecutionEnvironment environment = registry.get(id);
                        environment.stop();
                        evicted.add(environment);
                    }
                    yield new Admission.Cold(register(function), evicted);
                }
                case Throttle throttle -> {
                    throttles++;
                    throw new BaristaException(ErrorCode.TOO_MANY_REQUESTS, throttle.message(),
                            throttle.reason().reason());
                }
            };
        } finally {
            lock.unlock();
        }
    }

    private ExecutionEnvironment register(FunctionConfiguration function) {
        ExecutionEnvironment environment = new ExecutionEnvironment(EnvironmentIds.next(), function, clock.instant(),
                leaseCounts);
        registry.add(environment);
        coldStarts++;
        return environment;
    }

    private Lease startCold(ExecutionEnvironment environment, List<ExecutionEnvironment> evicted,
                            Function<String, EnvironmentSpec> specFactory) {
        // Evict, then start: the node stays within its memory budget.
        destroyProcesses(evicted);
        // Starts share the host's cores: a burst of them all at once would make every one of them slow, and past
        // the init limit. A bounded number start together; the others wait their turn before their init begins.
        coldStartSlots.acquireUninterruptibly();
        Instant launched;
        EnvironmentProcess process;
        InitOutcome outcome;
        try {
            launched = clock.instant();
            process = launch(environment, specFactory);
            // The init limit counts from the launch, which may itself take a while on a loaded host.
            Duration left = settings.initTimeout().minus(Duration.between(launched, clock.instant()));
            outcome = process.awaitInit(left.isNegative() ? Duration.ZERO : left);
        } catch (RuntimeException failure) {
            destroyLeased(environment);
            throw failure;
        } finally {
            coldStartSlots.release();
        }
        Duration initDuration = Duration.between(launched, clock.instant());
        lock.lock();
        try {
            if (environment.state() != EnvironmentState.STARTING) {
                // close() destroyed it while it initialised.
                throw closedFailure();
            }
            switch (outcome) {
                case InitOutcome.Ready ready -> environment.initialised(initDuration);
                case InitOutcome.Failed failed -> {
                    // It stays leased, and counted, until the caller has answered with the failure and ends the lease.
                }
            }
        } finally {
            lock.unlock();
        }
        return new Lease(this, environment, process, true, initDuration, outcome);
    }

    private EnvironmentProcess launch(ExecutionEnvironment environment,
                                      Function<String, EnvironmentSpec> specFactory) {
        EnvironmentProcess process;
        EnvironmentSpec spec;
        try {
            spec = specFactory.apply(environment.id());
            process = launcher.launch(spec);
        } catch (RuntimeException failure) {
            forgetUnlaunched(environment);
            throw failure;
        }
        boolean overtakenByClose;
        lock.lock();
        try {
            environment.attach(process, spec);
            overtakenByClose = environment.state() == EnvironmentState.STOPPING;
        } finally {
            lock.unlock();
        }
        if (overtakenByClose) {
            destroyProcess(environment);
            throw closedFailure();
        }
        return process;
    }

    private void forgetUnlaunched(ExecutionEnvironment environment) {
        lock.lock();
        try {
            if (environment.state() == EnvironmentState.STARTING) {
                environment.stop();
            }
            environment.destroyed();
            registry.remove(environment);
        } finally {
            lock.unlock();
        }
    }

    private void destroyProcesses(List<ExecutionEnvironment> environments) {
        environments.forEach(this::destroyProcess);
    }

    /** Destroys a stopping environment's process outside the lock, then forgets the environment. */
    private void destroyProcess(ExecutionEnvironment environment) {
        EnvironmentProcess process;
        lock.lock();
        try {
            process = environment.process();
        } finally {
            lock.unlock();
        }
        try {
            process.destroy();
        } catch (RuntimeException failure) {
            // The pool forgets the environment all the same: nothing else could stop it again.
            LOGGER.log(System.Logger.Level.WARNING, "Destroying environment " + environment.id() + " failed", failure);
        } finally {
            lock.lock();
            try {
                environment.destroyed();
                registry.remove(environment);
            } finally {
                lock.unlock();
            }
        }
    }

    private static BaristaException closedFailure() {
        return new BaristaException(ErrorCode.SERVICE_FAILURE, "The execution environment pool is shut down.");
    }

    /** What {@link #admit} settled under the lock; the rest of the acquire happens outside it. */
    private sealed interface Admission {
        record Warm(Lease lease) implements Admission {
        }

        record Cold(ExecutionEnvironment environment, List<ExecutionEnvironment> evicted) implements Admission {
        }
    }
}
