package dev.barista.core.scheduler;

import java.util.List;
import java.util.Map;

/**
 * Everything placement decides on, frozen at one instant.
 *
 * @param environments every environment that is not yet stopped
 * @param reservations reserved concurrency by function name; functions absent here share the unreserved pool
 * @param accountConcurrency the account's concurrency limit
 * @param memoryBudgetMegabytes the memory this node may give to environments
 */
record PoolSnapshot(
        List<EnvironmentView> environments,
        Map<String, Integer> reservations,
        int accountConcurrency,
        long memoryBudgetMegabytes) {

    PoolSnapshot {
        environments = List.copyOf(environments);
        reservations = Map.copyOf(reservations);
    }
}
