package dev.barista.core.scheduler;

import java.util.List;
import java.util.Objects;

/** What {@link Placement} decided for one invocation; {@link EnvironmentPool} applies it. */
sealed interface PlacementDecision {

    /** Run on this idle environment of the same version and revision. */
    record UseWarm(String environmentId) implements PlacementDecision {
        public UseWarm {
            Objects.requireNonNull(environmentId, "environmentId");
        }
    }

    /** Start a new environment; the memory budget has room for it. */
    record StartCold() implements PlacementDecision {
    }

    /** Destroy these idle environments, least recently used first, then start a new one in the memory they free. */
    record EvictThenStart(List<String> environmentIds) implements PlacementDecision {
        public EvictThenStart {
            environmentIds = List.copyOf(environmentIds);
            if (environmentIds.isEmpty()) {
                throw new IllegalArgumentException("an eviction names at least one environment");
            }
        }
    }

    /**
     * Refuse the invocation.
     *
     * @param message what the caller reads: Lambda's {@code Rate Exceeded.}, followed, when this node's memory and
     *     not a concurrency limit refused it, by what the memory budget holds
     */
    record Throttle(ThrottleReason reason, String message) implements PlacementDecision {
        /** Lambda's message for every concurrency throttle. */
        static final String RATE_EXCEEDED = "Rate Exceeded.";

        public Throttle {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        /** A concurrency limit refused it: Lambda's words. */
        Throttle(ThrottleReason reason) {
            this(reason, RATE_EXCEEDED);
        }

        /**
         * Environments hold so much of the memory budget that evicting every idle one would not make room. Lambda
         * has no memory budget; the node is out of capacity as an account is out of concurrency.
         */
        static Throttle memoryBudgetFull(long budgetMegabytes, long heldMegabytes, int neededMegabytes) {
            return new Throttle(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED, RATE_EXCEEDED
                    + " Execution environments hold " + heldMegabytes + " MB of this node's memory budget of "
                    + budgetMegabytes + " MB, and evicting every idle one would not make room for another "
                    + neededMegabytes + " MB environment.");
        }

        /** The function's memory size is more than the whole memory budget: it can never run on this node. */
        static Throttle memoryBudgetTooSmall(long budgetMegabytes, int neededMegabytes) {
            return new Throttle(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED, RATE_EXCEEDED
                    + " The function's memory size of " + neededMegabytes + " MB is more than this node's whole"
                    + " memory budget of " + budgetMegabytes + " MB (BARISTA_MEMORY_BUDGET_MB).");
        }
    }
}
