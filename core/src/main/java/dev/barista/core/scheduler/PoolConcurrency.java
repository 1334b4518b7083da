package dev.barista.core.scheduler;

import java.util.Map;

/**
 * The invocations the pool is serving at one instant, for concurrency metrics: environments leased (starting for
 * an invocation, or busy), by function.
 *
 * @param byFunction leased environments by function name; functions with none are absent
 * @param unreserved those of functions without reserved concurrency (as of the last acquire), which use the
 *     account's unreserved pool
 */
public record PoolConcurrency(Map<String, Integer> byFunction, int unreserved) {
    public PoolConcurrency {
        byFunction = Map.copyOf(byFunction);
    }

    /** Every leased environment. */
    public int total() {
        return byFunction.values().stream().mapToInt(Integer::intValue).sum();
    }
}
