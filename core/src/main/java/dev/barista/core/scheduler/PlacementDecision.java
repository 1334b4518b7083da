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

    /** Refuse the invocation. */
    record Throttle(ThrottleReason reason) implements PlacementDecision {
        public Throttle {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
