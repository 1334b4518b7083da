package dev.barista.core.scheduler;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The invocations the pool serves now, counted as environments become leased (starting for an invocation, or busy)
 * and stop being leased, so that a concurrency sample costs no scan and no lock.
 *
 * <p>Writes ({@link #changed}, {@link #reservations}) come from {@link ExecutionEnvironment}'s transitions and
 * from the pool's acquires, all under the pool's lock, so they never race with each other. {@link #sample} reads
 * without that lock: each figure in it is one the pool really had, but while leases change a sample may mix two
 * neighbouring instants (one lease more in {@code byFunction} than in {@code unreserved}, say).
 */
final class LeaseCounts {
    private static final PoolConcurrency NONE = new PoolConcurrency(Map.of(), 0);

    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger unreserved = new AtomicInteger();
    /** Leased environments by function name; a function with none has no entry. */
    private final Map<String, Integer> byFunction = new ConcurrentHashMap<>();
    private final Map<String, Integer> leasedView = Collections.unmodifiableMap(byFunction);
    /** The reservations of the last acquire: functions absent from it use the unreserved pool. */
    private volatile Map<String, Integer> reservations = Map.of();

    /** An environment of {@code functionName} went from {@code wasLeased} to {@code isLeased}. */
    void changed(String functionName, boolean wasLeased, boolean isLeased) {
        if (wasLeased != isLeased) {
            add(functionName, isLeased ? 1 : -1);
        }
    }

    /**
     * The reservations an acquire read: a function that gained or lost its reservation moves its leased environments
     * out of or into the unreserved count, as a scan with these reservations would count them.
     */
    void reservations(Map<String, Integer> current) {
        Map<String, Integer> previous = reservations;
        if (current == previous) {
            return;
        }
        Set<String> names = new HashSet<>(previous.keySet());
        names.addAll(current.keySet());
        for (String name : names) {
            boolean wasReserved = previous.containsKey(name);
            if (wasReserved != current.containsKey(name)) {
                int leased = byFunction.getOrDefault(name, 0);
                unreserved.addAndGet(wasReserved ? leased : -leased);
            }
        }
        reservations = Map.copyOf(current);
    }

    /** The reservations of the last acquire. */
    Map<String, Integer> lastReservations() {
        return reservations;
    }

    /** Leased environments by function name, a view that follows the counts: read it under the pool's lock. */
    Map<String, Integer> leasedByFunction() {
        return leasedView;
    }

    /** Leased environments of the functions absent from the last acquire's reservations. */
    int unreserved() {
        return unreserved.get();
    }

    /** The counts now. Lock-free; copies only the functions with leased environments. */
    PoolConcurrency sample() {
        if (total.get() == 0) {
            return NONE;
        }
        return new PoolConcurrency(Map.copyOf(byFunction), unreserved.get());
    }

    private void add(String functionName, int delta) {
        Objects.requireNonNull(functionName, "functionName");
        byFunction.merge(functionName, delta, (count, change) -> count + change == 0 ? null : count + change);
        total.addAndGet(delta);
        if (!reservations.containsKey(functionName)) {
            unreserved.addAndGet(delta);
        }
    }
}
