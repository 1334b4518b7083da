package dev.barista.core.scheduler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The pool's table of environments that are not yet stopped, in launch order. Not thread-safe: the owning
 * {@link EnvironmentPool} uses it only under its lock.
 */
final class EnvironmentRegistry {
    private final Map<String, ExecutionEnvironment> environments = new LinkedHashMap<>();
    /** The same environments by version and revision, so that a warm invoke looks only at its own. */
    private final Map<EnvironmentKey, List<ExecutionEnvironment>> byKey = new HashMap<>();

    void add(ExecutionEnvironment environment) {
        if (environments.putIfAbsent(environment.id(), environment) != null) {
            throw new IllegalStateException("Environment " + environment.id() + " is registered already");
        }
        byKey.computeIfAbsent(environment.key(), ignored -> new ArrayList<>()).add(environment);
    }

    void remove(ExecutionEnvironment environment) {
        if (environments.remove(environment.id(), environment)) {
            List<ExecutionEnvironment> sameKey = byKey.get(environment.key());
            sameKey.remove(environment);
            if (sameKey.isEmpty()) {
                byKey.remove(environment.key());
            }
        }
    }

    ExecutionEnvironment get(String id) {
        ExecutionEnvironment environment = environments.get(id);
        if (environment == null) {
            throw new IllegalStateException("No environment " + id);
        }
        return environment;
    }

    List<ExecutionEnvironment> all() {
        return new ArrayList<>(environments.values());
    }

    List<ExecutionEnvironment> matching(Predicate<ExecutionEnvironment> filter) {
        List<ExecutionEnvironment> matches = new ArrayList<>();
        for (ExecutionEnvironment environment : environments.values()) {
            if (filter.test(environment)) {
                matches.add(environment);
            }
        }
        return matches;
    }

    /** The idle environments of one version and revision. */
    List<EnvironmentView> idleViews(EnvironmentKey key) {
        List<ExecutionEnvironment> sameKey = byKey.get(key);
        if (sameKey == null) {
            return List.of();
        }
        List<EnvironmentView> views = new ArrayList<>();
        for (ExecutionEnvironment environment : sameKey) {
            if (environment.state() == EnvironmentState.IDLE) {
                views.add(environment.view());
            }
        }
        return views;
    }

    List<EnvironmentView> views() {
        List<EnvironmentView> views = new ArrayList<>(environments.size());
        for (ExecutionEnvironment environment : environments.values()) {
            views.add(environment.view());
        }
        return views;
    }

    /** The leased environments by function, and those of functions absent from {@code reservations}. */
    PoolConcurrency concurrency(Map<String, Integer> reservations) {
        Map<String, Integer> byFunction = new HashMap<>();
        int unreserved = 0;
        for (ExecutionEnvironment environment : environments.values()) {
            if (environment.state().isLeased()) {
                String functionName = environment.key().functionName();
                byFunction.merge(functionName, 1, Integer::sum);
                if (!reservations.containsKey(functionName)) {
                    unreserved++;
                }
            }
        }
        return new PoolConcurrency(byFunction, unreserved);
    }

    int count(EnvironmentState state) {
        return matching(environment -> environment.state() == state).size();
    }

    long memoryInUseMegabytes() {
        long total = 0;
        for (ExecutionEnvironment environment : environments.values()) {
            if (environment.state().holdsMemory()) {
                total += environment.memoryMegabytes();
            }
        }
        return total;
    }
}
