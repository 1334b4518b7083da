package dev.barista.core.scheduler;

/**
 * The pool at one instant, for metrics. Environment counts are by state; the totals count since the pool started.
 *
 * @param starting environments launched for an invocation and not yet ready (or whose init failed, until released)
 * @param idle warm environments waiting for an invocation
 * @param busy environments serving an invocation
 * @param stopping environments whose process is being destroyed
 * @param coldStarts invocations that started a new environment
 * @param warmStarts invocations that reused an idle environment
 * @param throttles invocations refused for concurrency or memory
 * @param memoryInUseMegabytes memory of the starting, idle and busy environments
 * @param memoryBudgetMegabytes the memory this node may give to environments
 */
public record PoolStatistics(
        int starting,
        int idle,
        int busy,
        int stopping,
        long coldStarts,
        long warmStarts,
        long throttles,
        long memoryInUseMegabytes,
        long memoryBudgetMegabytes) {
}
