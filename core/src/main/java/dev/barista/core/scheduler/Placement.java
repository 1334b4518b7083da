package dev.barista.core.scheduler;

import dev.barista.core.scheduler.PlacementDecision.EvictThenStart;
import dev.barista.core.scheduler.PlacementDecision.StartCold;
import dev.barista.core.scheduler.PlacementDecision.Throttle;
import dev.barista.core.scheduler.PlacementDecision.UseWarm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides where one invocation runs. A pure function: it reads only its arguments and changes nothing, so the same
 * demand and snapshot always give the same decision.
 *
 * <ol>
 *   <li>Concurrency first, as Lambda counts it: invocations in flight (environments starting for an invocation or
 *       busy), per function name across its versions. A function with a reservation may run up to it; the others
 *       share the account limit minus every reservation.</li>
 *   <li>Reuse the most recently used idle environment of the same version and revision, so the others age out.</li>
 *   <li>Start a new environment if the memory budget has room; else evict idle environments of any function, least
 *       recently used first, until it has; else (busy environments fill the memory, or the demand is more than the
 *       whole budget) throttle, with Lambda's reason for an account out of concurrency and a message that says what
 *       the memory holds.</li>
 * </ol>
 */
final class Placement {
    private static final Comparator<EnvironmentView> LEAST_RECENTLY_USED_FIRST =
            Comparator.comparing(EnvironmentView::lastUsed).thenComparing(EnvironmentView::id);

    private Placement() {
    }

    static PlacementDecision decide(Demand demand, PoolSnapshot snapshot) {
        Optional<ThrottleReason> refusal = concurrencyRefusal(demand.key().functionName(), snapshot);
        if (refusal.isPresent()) {
            return new Throttle(refusal.get());
        }
        // Plain loops: placement runs under the pool's lock on every invocation.
        EnvironmentView warm = null;
        for (EnvironmentView environment : snapshot.warmCandidates()) {
            if (environment.state() == EnvironmentState.IDLE && environment.key().equals(demand.key())
                    && (warm == null || LEAST_RECENTLY_USED_FIRST.compare(environment, warm) > 0)) {
                warm = environment;
            }
        }
        if (warm != null) {
            return new UseWarm(warm.id());
        }
        return makeRoom(demand.memoryMegabytes(), snapshot.memoryBudgetMegabytes(), snapshot.environments().get());
    }

    private static Optional<ThrottleReason> concurrencyRefusal(String functionName, PoolSnapshot snapshot) {
        Integer reservation = snapshot.reservations().get(functionName);
        if (reservation != null) {
            return snapshot.leased(functionName) >= reservation
                    ? Optional.of(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED)
                    : Optional.empty();
        }
        long unreservedPool = snapshot.accountConcurrency();
        for (int reserved : snapshot.reservations().values()) {
            unreservedPool -= reserved;
        }
        return snapshot.leasedUnreserved() >= unreservedPool
                ? Optional.of(ThrottleReason.CONCURRENT_INVOCATION_LIMIT_EXCEEDED)
                : Optional.empty();
    }

    private static PlacementDecision makeRoom(int memoryMegabytes, long budget, List<EnvironmentView> environments) {
        if (memoryMegabytes > budget) {
            return Throttle.memoryBudgetTooSmall(budget, memoryMegabytes);
        }
        long held = environments.stream()
                .filter(environment -> environment.state().holdsMemory())
                .mapToLong(EnvironmentView::memoryMegabytes)
                .sum();
        long free = budget - held;
        if (memoryMegabytes <= free) {
            return new StartCold();
        }
        List<EnvironmentView> idleOldestFirst = environments.stream()
                .filter(environment -> environment.state() == EnvironmentState.IDLE)
                .sorted(LEAST_RECENTLY_USED_FIRST)
                .toList();
        List<String> evicted = new ArrayList<>();
        for (EnvironmentView idle : idleOldestFirst) {
            evicted.add(idle.id());
            free += idle.memoryMegabytes();
            if (memoryMegabytes <= free) {
                return new EvictThenStart(evicted);
            }
        }
        // Evicting every idle environment would not make room: busy ones hold the memory. The node is out of
        // capacity, which Lambda reports as the account being out of concurrency.
        return Throttle.memoryBudgetFull(budget, held, memoryMegabytes);
    }
}
