package dev.barista.core.scheduler;

import dev.barista.core.environment.EnvironmentLauncher;
import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.function.Runtime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Launches {@link FakeProcess}es and remembers them. Init is ready at once unless a test scripts it per function.
 * Thread-safe.
 */
final class FakeLauncher implements EnvironmentLauncher {
    private static final InitBehaviour READY_AT_ONCE = process -> new InitOutcome.Ready();

    private final Map<String, InitBehaviour> initBehaviours = new ConcurrentHashMap<>();
    private final List<FakeProcess> launched = new CopyOnWriteArrayList<>();
    private volatile Consumer<EnvironmentSpec> beforeLaunch = spec -> { };
    private volatile RuntimeException launchFailure;

    /** How a process's init ends; it may block, advance a clock or fail. */
    @FunctionalInterface
    interface InitBehaviour {
        InitOutcome awaitInit(FakeProcess process);
    }

    void onInit(String functionName, InitBehaviour behaviour) {
        initBehaviours.put(functionName, behaviour);
    }

    /** Runs in the launching thread before each launch, which may block there. */
    void beforeLaunch(Consumer<EnvironmentSpec> action) {
        beforeLaunch = action;
    }

    /** Makes every following launch throw {@code failure}; null makes them succeed again. */
    void failLaunches(RuntimeException failure) {
        launchFailure = failure;
    }

    List<FakeProcess> launched() {
        return List.copyOf(launched);
    }

    FakeProcess process(String environmentId) {
        return launched.stream()
                .filter(process -> process.environmentId().equals(environmentId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("never launched " + environmentId));
    }

    @Override
    public Set<Runtime> installedRuntimes() {
        return EnumSet.allOf(Runtime.class);
    }

    @Override
    public EnvironmentProcess launch(EnvironmentSpec spec) {
        beforeLaunch.accept(spec);
        RuntimeException failure = launchFailure;
        if (failure != null) {
            throw failure;
        }
        FakeProcess process = new FakeProcess(spec,
                initBehaviours.getOrDefault(spec.function().functionName(), READY_AT_ONCE));
        launched.add(process);
        return process;
    }
}
