package dev.barista.core.scheduler;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything placement decides on, frozen at one instant (the pool builds it and placement reads it under the
 * pool's lock). What a warm invoke needs costs no scan of the pool: the leased counts are kept as leases change,
 * and the candidates are the idle environments of the demand's version and revision; every environment is listed
 * only when a new one must find room.
 *
 * @param leasedByFunction environments leased (starting for an invocation, or busy) by function name; functions
 *     with none may be absent
 * @param leasedUnreserved those of the functions absent from {@code reservations}
 * @param reservations reserved concurrency by function name; functions absent here share the unreserved pool
 * @param accountConcurrency the account's concurrency limit
 * @param memoryBudgetMegabytes the memory this node may give to environments
 * @param warmCandidates idle environments, at least every one of the demand's version and revision (others are
 *     ignored)
 * @param environments every environment that is not yet stopped, listed when asked
 */
record PoolSnapshot(
        Map<String, Integer> leasedByFunction,
        int leasedUnreserved,
        Map<String, Integer> reservations,
        int accountConcurrency,
        long memoryBudgetMegabytes,
        List<EnvironmentView> warmCandidates,
        Supplier<List<EnvironmentView>> environments) {

    PoolSnapshot {
        Objects.requireNonNull(leasedByFunction, "leasedByFunction");
        Objects.requireNonNull(reservations, "reservations");
        Objects.requireNonNull(warmCandidates, "warmCandidates");
        Objects.requireNonNull(environments, "environments");
    }

    /** Environments of {@code functionName} leased now. */
    int leased(String functionName) {
        return leasedByFunction.getOrDefault(functionName, 0);
    }
}
