package dev.barista.core.scheduler;

import java.time.Duration;
import java.util.Objects;

/**
 * How the environment pool of this node behaves. Bound from configuration in the server module.
 *
 * @param keepAlive how long an idle environment stays warm (Lambda does not document it; the field uses 10 minutes)
 * @param memoryBudgetMegabytes the memory this node may give to environments, summed over their function memory sizes
 * @param accountConcurrency the account's concurrency limit (Lambda: 1,000); the same value as
 *     {@link dev.barista.core.function.AccountSettings#concurrentExecutions()}
 * @param initTimeout how long a cold start may take to become ready (Lambda caps the Init phase at 10 seconds)
 */
public record PoolSettings(Duration keepAlive, long memoryBudgetMegabytes, int accountConcurrency,
                           Duration initTimeout) {

    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofMinutes(10);
    /** A modest node; deployments size the budget to the host's memory. */
    public static final long DEFAULT_MEMORY_BUDGET_MEGABYTES = 8_192;
    public static final int DEFAULT_ACCOUNT_CONCURRENCY = 1_000;
    public static final Duration DEFAULT_INIT_TIMEOUT = Duration.ofSeconds(10);

    public PoolSettings {
        requirePositive(keepAlive, "keepAlive");
        requirePositive(initTimeout, "initTimeout");
        if (memoryBudgetMegabytes < 1) {
            throw new IllegalArgumentException("memoryBudgetMegabytes must be positive: " + memoryBudgetMegabytes);
        }
        if (accountConcurrency < 1) {
            throw new IllegalArgumentException("accountConcurrency must be positive: " + accountConcurrency);
        }
    }

    public static PoolSettings defaults() {
        return new PoolSettings(DEFAULT_KEEP_ALIVE, DEFAULT_MEMORY_BUDGET_MEGABYTES, DEFAULT_ACCOUNT_CONCURRENCY,
                DEFAULT_INIT_TIMEOUT);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
