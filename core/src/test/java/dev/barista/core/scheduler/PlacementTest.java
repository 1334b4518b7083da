package dev.barista.core.scheduler;

import static dev.barista.core.scheduler.EnvironmentState.BUSY;
import static dev.barista.core.scheduler.EnvironmentState.IDLE;
import static dev.barista.core.scheduler.EnvironmentState.STARTING;
import static dev.barista.core.scheduler.EnvironmentState.STOPPING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.scheduler.PlacementDecision.EvictThenStart;
import dev.barista.core.scheduler.PlacementDecision.StartCold;
import dev.barista.core.scheduler.PlacementDecision.Throttle;
import dev.barista.core.scheduler.PlacementDecision.UseWarm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final EnvironmentKey LATEST = key("f", "$LATEST", "r1");
    private static final Demand DEMAND_128 = new Demand(LATEST, 128);

    @Test
    void reusesMostRecentlyUsedIdleEnvironmentOfSameRevision() {
        PoolSnapshot snapshot = snapshot(1024,
                view("older", LATEST, IDLE, 128, 0),
                view("newer", LATEST, IDLE, 128, 5),
                view("busy", LATEST, BUSY, 128, 9));

        assertThat(Placement.decide(DEMAND_128, snapshot)).isEqualTo(new UseWarm("newer"));
    }

    @Test
    void neverReusesEnvironmentOfOldRevision() {
        PoolSnapshot snapshot = snapshot(1024, view("old", LATEST, IDLE, 128, 0));

        assertThat(Placement.decide(new Demand(key("f", "$LATEST", "r2"), 128), snapshot))
                .isEqualTo(new StartCold());
    }

    @Test
    void neverReusesEnvironmentOfAnotherVersion() {
        PoolSnapshot snapshot = snapshot(1024, view("latest", LATEST, IDLE, 128, 0));

        assertThat(Placement.decide(new Demand(key("f", "1", "r1"), 128), snapshot)).isEqualTo(new StartCold());
    }

    @Test
    void doesNotWaitForEnvironmentsStartingOrBusyForOthers() {
        PoolSnapshot snapshot = snapshot(1024,
                view("starting", LATEST, STARTING, 128, 0),
                view("busy", LATEST, BUSY, 128, 0));

        assertThat(Placement.decide(DEMAND_128, snapshot)).isEqualTo(new StartCold());
    }

    @Test
    void startsColdWhenMemoryBudgetHasRoom() {
        PoolSnapshot snapshot = snapshot(256, view("other", key("g", "$LATEST", "r1"), BUSY, 128, 0));

        assertThat(Placement.decide(DEMAND_128, snapshot)).isEqualTo(new StartCold());
    }

    @Test
    void evictsLeastRecentlyUsedIdleWhenMemoryFull() {
        PoolSnapshot snapshot = snapshot(512,
                view("recent", key("a", "$LATEST", "r1"), IDLE, 128, 2),
                view("oldest", key("b", "$LATEST", "r1"), IDLE, 128, 0),
                view("middle", key("c", "1", "r7"), IDLE, 128, 1),
                view("busy", key("d", "$LATEST", "r1"), BUSY, 128, 0));

        assertThat(Placement.decide(new Demand(LATEST, 256), snapshot))
                .isEqualTo(new EvictThenStart(List.of("oldest", "middle")));
    }

    @Test
    void throttlesWhenBusyEnvironmentsFillMemory() {
        PoolSnapshot snapshot = snapshot(256,
                view("one", key("a", "$LATEST", "r1"), BUSY, 128, 0),
                view("two", key("b", "$LATEST", "r1"), STARTING, 128, 0));

        assertThat(Placement.decide(DEMAND_128, snapshot)).isEqualTo(new Throttle(
                ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED, "Rate Exceeded. Execution environments hold"
                + " 256 MB of this node's memory budget of 256 MB, and evicting every idle one would not make room"
                + " for another 128 MB environment."));
    }

    @Test
    void evictsNothingWhenEvictionCannotMakeRoom() {
        PoolSnapshot snapshot = snapshot(384,
                view("busy", key("a", "$LATEST", "r1"), BUSY, 256, 0),
                view("idle", key("b", "$LATEST", "r1"), IDLE, 128, 0));

        assertThat(Placement.decide(new Demand(LATEST, 256), snapshot)).isEqualTo(new Throttle(
                ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED, "Rate Exceeded. Execution environments hold"
                + " 384 MB of this node's memory budget of 384 MB, and evicting every idle one would not make room"
                + " for another 256 MB environment."));
    }

    @Test
    void throttlesAFunctionLargerThanTheWholeMemoryBudgetEvenOnAnEmptyNode() {
        assertThat(Placement.decide(new Demand(LATEST, 1024), snapshot(512))).isEqualTo(new Throttle(
                ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED, "Rate Exceeded. The function's memory size of"
                + " 1024 MB is more than this node's whole memory budget of 512 MB (BARISTA_MEMORY_BUDGET_MB)."));
    }

    @Test
    void concurrencyThrottlesSayRateExceededAsLambdaDoes() {
        assertThat(new Throttle(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED).message())
                .isEqualTo("Rate Exceeded.");
        assertThat(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED.reason())
                .isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
        assertThat(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED.reason())
                .isEqualTo("ConcurrentInvocationLimitExceeded");
    }

    @Test
    void stoppingEnvironmentsLeaveTheirMemoryToNewOnes() {
        PoolSnapshot snapshot = snapshot(128, view("stopping", key("a", "$LATEST", "r1"), STOPPING, 128, 0));

        assertThat(Placement.decide(DEMAND_128, snapshot)).isEqualTo(new StartCold());
    }

    @Test
    void throttlesAtReservedConcurrencyWithReason() {
        PoolSnapshot snapshot = snapshot(Map.of("f", 2), 1000,
                view("starting", key("f", "1", "r1"), STARTING, 128, 0),
                view("busy", LATEST, BUSY, 128, 0));

        assertThat(Placement.decide(DEMAND_128, snapshot))
                .isEqualTo(new Throttle(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED));
    }

    @Test
    void throttlesAtReservationEvenWithIdleEnvironment() {
        PoolSnapshot snapshot = snapshot(Map.of("f", 1), 1000,
                view("busy", LATEST, BUSY, 128, 0),
                view("idle", LATEST, IDLE, 128, 0));

        assertThat(Placement.decide(DEMAND_128, snapshot))
                .isEqualTo(new Throttle(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED));
    }

    @Test
    void reservedFunctionRunsUpToItsReservation() {
        PoolSnapshot snapshot = snapshot(Map.of("f", 2), 1000,
                view("busy", LATEST, BUSY, 128, 0),
                view("idle", LATEST, IDLE, 128, 0));

        assertThat(Placement.decide(DEMAND_128, snapshot)).isEqualTo(new UseWarm("idle"));
    }

    @Test
    void zeroReservationAlwaysThrottles() {
        assertThat(Placement.decide(DEMAND_128, snapshot(Map.of("f", 0), 1000)))
                .isEqualTo(new Throttle(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED));
    }

    @Test
    void unreservedPoolExcludesReservations() {
        Map<String, Integer> reservations = Map.of("reserved", 4);

        assertThat(Placement.decide(DEMAND_128, snapshot(reservations, 10, unreservedInFlight(5))))
                .isEqualTo(new StartCold());
        assertThat(Placement.decide(DEMAND_128, snapshot(reservations, 10, unreservedInFlight(6))))
                .isEqualTo(new Throttle(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED));
    }

    @Test
    void reservedFunctionIsNotLimitedByFullUnreservedPool() {
        PoolSnapshot snapshot = snapshot(Map.of("reserved", 4), 10, unreservedInFlight(6));

        assertThat(Placement.decide(new Demand(key("reserved", "$LATEST", "r1"), 128), snapshot))
                .isEqualTo(new StartCold());
    }

    @Test
    void reservedFunctionsInFlightDoNotUseTheUnreservedPool() {
        List<EnvironmentView> environments = new ArrayList<>(List.of(unreservedInFlight(5)));
        environments.add(view("reserved-busy", key("reserved", "$LATEST", "r1"), BUSY, 128, 0));

        PoolSnapshot snapshot = snapshot(Map.of("reserved", 4), 10, environments.toArray(EnvironmentView[]::new));

        assertThat(Placement.decide(DEMAND_128, snapshot)).isEqualTo(new StartCold());
    }

    private static EnvironmentView[] unreservedInFlight(int count) {
        EnvironmentView[] views = new EnvironmentView[count];
        for (int index = 0; index < count; index++) {
            views[index] = view("busy-" + index, key("unreserved-" + index, "$LATEST", "r1"), BUSY, 128, 0);
        }
        return views;
    }

    private static PoolSnapshot snapshot(long memoryBudgetMegabytes, EnvironmentView... environments) {
        return snapshot(Map.of(), 1000, memoryBudgetMegabytes, environments);
    }

    private static PoolSnapshot snapshot(Map<String, Integer> reservations, int accountConcurrency,
                                         EnvironmentView... environments) {
        return snapshot(reservations, accountConcurrency, 1_000_000, environments);
    }

    /** What the pool would hand placement with these environments: every one of them a warm candidate. */
    private static PoolSnapshot snapshot(Map<String, Integer> reservations, int accountConcurrency,
                                         long memoryBudgetMegabytes, EnvironmentView... environments) {
        Map<String, Integer> leased = new HashMap<>();
        int leasedUnreserved = 0;
        for (EnvironmentView environment : environments) {
            if (environment.state().isLeased()) {
                leased.merge(environment.key().functionName(), 1, Integer::sum);
                if (!reservations.containsKey(environment.key().functionName())) {
                    leasedUnreserved++;
                }
            }
        }
        List<EnvironmentView> all = List.of(environments);
        return new PoolSnapshot(leased, leasedUnreserved, reservations, accountConcurrency, memoryBudgetMegabytes,
                all, () -> all);
    }

    private static EnvironmentView view(String id, EnvironmentKey key, EnvironmentState state, int memoryMegabytes,
                                        int lastUsedSecondsAfterStart) {
        return new EnvironmentView(id, key, state, memoryMegabytes, T0.plusSeconds(lastUsedSecondsAfterStart));
    }

    private static EnvironmentKey key(String functionName, String version, String revisionId) {
        return new EnvironmentKey(functionName, version, revisionId);
    }
}
