package dev.barista.core.scheduler;

import static dev.barista.core.scheduler.FunctionFixtures.function;
import static dev.barista.core.scheduler.FunctionFixtures.specFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which environment an invocation gets, or why it gets none. */
class EnvironmentPoolPlacementTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final FakeLauncher launcher = new FakeLauncher();
    private final AtomicReference<Map<String, Integer>> reservations = new AtomicReference<>(Map.of());
    private EnvironmentPool pool = pool(PoolSettings.defaults());

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void coldStartLaunchesEnvironmentNamedByThePool() {
        Lease lease = acquire(function("f"));

        assertThat(lease.coldStart()).isTrue();
        assertThat(lease.initOutcome()).isInstanceOf(InitOutcome.Ready.class);
        assertThat(lease.environmentId()).matches("[0-9a-f]{32}");
        FakeProcess process = launcher.process(lease.environmentId());
        assertThat(lease.process()).isSameAs(process);
        assertThat(process.spec().function()).isEqualTo(function("f"));
    }

    @Test
    void coldStartAwaitsInitForTheInitTimeout() {
        Lease lease = acquire(function("f"));

        assertThat(launcher.process(lease.environmentId()).initTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void coldStartReportsInitDurationMeasuredByTheClock() {
        launcher.onInit("f", process -> {
            clock.advance(Duration.ofMillis(245));
            return new InitOutcome.Ready();
        });

        assertThat(acquire(function("f")).initDuration()).isEqualTo(Duration.ofMillis(245));
    }

    @Test
    void reusesWarmEnvironmentOfSameRevision() {
        Lease first = acquire(function("f"));
        first.release();

        Lease second = acquire(function("f"));

        assertThat(second.environmentId()).isEqualTo(first.environmentId());
        assertThat(second.coldStart()).isFalse();
        assertThat(second.initDuration()).isZero();
        assertThat(launcher.launched()).hasSize(1);
    }

    @Test
    void reusesMostRecentlyUsedWarmEnvironment() {
        Lease older = acquire(function("f"));
        Lease newer = acquire(function("f"));
        older.release();
        clock.advance(Duration.ofSeconds(1));
        newer.release();

        assertThat(acquire(function("f")).environmentId()).isEqualTo(newer.environmentId());
    }

    @Test
    void neverReusesEnvironmentOfOldRevision() {
        Lease old = acquire(function("f", "$LATEST", "r1", 128));
        old.release();

        Lease updated = acquire(function("f", "$LATEST", "r2", 128));

        assertThat(updated.coldStart()).isTrue();
        assertThat(updated.environmentId()).isNotEqualTo(old.environmentId());
    }

    @Test
    void environmentsOfOneFunctionHaveDistinctIds() {
        assertThat(Stream.of(acquire(function("f")), acquire(function("f")), acquire(function("f")))
                .map(Lease::environmentId).distinct()).hasSize(3);
    }

    @Test
    void evictsLeastRecentlyUsedIdleWhenMemoryFull() {
        pool = pool(settings(256, 1000));
        Lease leastRecent = acquire(function("a"));
        Lease recent = acquire(function("b"));
        leastRecent.release();
        clock.advance(Duration.ofSeconds(1));
        recent.release();

        Lease started = acquire(function("c"));

        assertThat(started.coldStart()).isTrue();
        assertThat(launcher.process(leastRecent.environmentId()).destroyed()).isTrue();
        assertThat(launcher.process(recent.environmentId()).destroyed()).isFalse();
        assertThat(pool.statistics().memoryInUseMegabytes()).isEqualTo(256);
    }

    @Test
    void throttlesWhenBusyEnvironmentsFillMemory() {
        pool = pool(settings(256, 1000));
        acquire(function("a"));
        acquire(function("b"));

        assertThatThrownBy(() -> acquire(function("c")))
                .isInstanceOfSatisfying(BaristaException.class, throttled -> {
                    assertThat(throttled.code()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
                    assertThat(throttled.reason()).isEqualTo("ConcurrentInvocationLimitExceeded");
                    assertThat(throttled.getMessage()).isEqualTo("Rate Exceeded. Execution environments hold 256 MB"
                            + " of this node's memory budget of 256 MB, and evicting every idle one would not make"
                            + " room for another 128 MB environment.");
                });
        assertThat(pool.statistics().throttles()).isEqualTo(1);
    }

    @Test
    void throttlesAFunctionLargerThanTheMemoryBudgetWithoutEvictingAnything() {
        pool = pool(settings(256, 1000));
        Lease idle = acquire(function("a"));
        idle.release();

        assertThatThrownBy(() -> acquire(function("big", 512)))
                .isInstanceOfSatisfying(BaristaException.class, throttled -> {
                    assertThat(throttled.code()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
                    assertThat(throttled.reason()).isEqualTo("ConcurrentInvocationLimitExceeded");
                    assertThat(throttled.getMessage()).isEqualTo("Rate Exceeded. The function's memory size of"
                            + " 512 MB is more than this node's whole memory budget of 256 MB"
                            + " (BARISTA_MEMORY_BUDGET_MB).");
                });
        assertThat(launcher.process(idle.environmentId()).destroyed()).isFalse();
    }

    @Test
    void throttlesAtTheAccountLimitWithLambdasMessage() {
        pool = pool(settings(8192, 1));
        acquire(function("a"));

        assertThatThrownBy(() -> acquire(function("b")))
                .isInstanceOfSatisfying(BaristaException.class, throttled -> {
                    assertThat(throttled.code()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
                    assertThat(throttled.getMessage()).isEqualTo("Rate Exceeded.");
                    assertThat(throttled.reason()).isEqualTo("ConcurrentInvocationLimitExceeded");
                });
    }

    @Test
    void throttlesAtReservedConcurrencyWithReason() {
        reservations.set(Map.of("f", 1));
        Lease running = acquire(function("f"));

        assertThatThrownBy(() -> acquire(function("f", "2", "r9", 128)))
                .isInstanceOfSatisfying(BaristaException.class, throttled -> {
                    assertThat(throttled.code()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
                    assertThat(throttled.getMessage()).isEqualTo("Rate Exceeded.");
                    assertThat(throttled.reason()).isEqualTo("ReservedFunctionConcurrentInvocationLimitExceeded");
                });

        running.release();
        assertThat(acquire(function("f")).coldStart()).isFalse();
    }

    @Test
    void unreservedPoolExcludesReservations() {
        pool = pool(settings(8192, 3));
        reservations.set(Map.of("reserved", 2));
        acquire(function("a"));

        assertThatThrownBy(() -> acquire(function("b")))
                .isInstanceOfSatisfying(BaristaException.class, throttled ->
                        assertThat(throttled.reason()).isEqualTo("ConcurrentInvocationLimitExceeded"));
        acquire(function("reserved"));
        acquire(function("reserved"));
    }

    @Test
    void readsReservationsAtEveryAcquire() {
        reservations.set(Map.of("f", 0));
        assertThatThrownBy(() -> acquire(function("f"))).isInstanceOf(BaristaException.class);

        reservations.set(Map.of());
        assertThat(acquire(function("f")).coldStart()).isTrue();
    }

    @Test
    void expiredIdleEnvironmentsAreDestroyed() {
        Lease expiring = acquire(function("a"));
        Lease fresh = acquire(function("b"));
        expiring.release();
        clock.advance(Duration.ofMinutes(5));
        fresh.release();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        pool.evictExpired();

        assertThat(launcher.process(expiring.environmentId()).destroyed()).isTrue();
        assertThat(launcher.process(fresh.environmentId()).destroyed()).isFalse();
        assertThat(acquire(function("a")).coldStart()).isTrue();
        assertThat(acquire(function("b")).coldStart()).isFalse();
    }

    @Test
    void idleEnvironmentIsKeptForTheWholeKeepAlive() {
        acquire(function("f")).release();
        clock.advance(PoolSettings.DEFAULT_KEEP_ALIVE);

        pool.evictExpired();

        assertThat(acquire(function("f")).coldStart()).isFalse();
    }

    @Test
    void busyEnvironmentsNeverExpire() {
        Lease running = acquire(function("f"));
        clock.advance(Duration.ofHours(1));

        pool.evictExpired();

        assertThat(launcher.process(running.environmentId()).destroyed()).isFalse();
    }

    @Test
    void retireDestroysIdleEnvironmentsAtOnce() {
        Lease latest = acquire(function("f"));
        Lease published = acquire(function("f", "1", "r1", 128));
        Lease other = acquire(function("g"));
        latest.release();
        published.release();
        other.release();

        pool.retire("f");

        assertThat(launcher.process(latest.environmentId()).destroyed()).isTrue();
        assertThat(launcher.process(published.environmentId()).destroyed()).isTrue();
        assertThat(launcher.process(other.environmentId()).destroyed()).isFalse();
        assertThat(pool.statistics().idle()).isEqualTo(1);
    }

    @Test
    void retiringOneVersionKeepsTheOthersWarm() {
        Lease latest = acquire(function("f"));
        Lease published = acquire(function("f", "1", "r1", 128));
        latest.release();
        published.release();

        pool.retire("f", FunctionConfiguration.LATEST);

        assertThat(launcher.process(latest.environmentId()).destroyed()).isTrue();
        assertThat(launcher.process(published.environmentId()).destroyed()).isFalse();
        assertThat(acquire(function("f", "1", "r1", 128)).coldStart()).isFalse();
    }

    @Test
    void retiredBusyEnvironmentIsDestroyedOnRelease() {
        Lease running = acquire(function("f"));

        pool.retire("f");
        assertThat(launcher.process(running.environmentId()).destroyed()).isFalse();
        running.release();

        assertThat(launcher.process(running.environmentId()).destroyed()).isTrue();
        assertThat(acquire(function("f")).coldStart()).isTrue();
    }

    private Lease acquire(FunctionConfiguration function) {
        return pool.acquire(function, specFor(function));
    }

    private EnvironmentPool pool(PoolSettings settings) {
        if (pool != null) {
            pool.close();
        }
        return new EnvironmentPool(launcher, settings, clock, reservations::get);
    }

    private static PoolSettings settings(long memoryBudgetMegabytes, int accountConcurrency) {
        return new PoolSettings(PoolSettings.DEFAULT_KEEP_ALIVE, memoryBudgetMegabytes, accountConcurrency,
                PoolSettings.DEFAULT_INIT_TIMEOUT);
    }
}
