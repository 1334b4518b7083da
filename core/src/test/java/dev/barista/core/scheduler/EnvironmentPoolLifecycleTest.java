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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How leases end, how failures free what they held, and how the pool shuts down. */
class EnvironmentPoolLifecycleTest {
    private static final InitOutcome.Failed INIT_FAILED = new InitOutcome.Failed(
            "{\"errorMessage\":\"boom\",\"errorType\":\"Runtime.ExitError\"}".getBytes(StandardCharsets.UTF_8),
            "Runtime.ExitError");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final FakeLauncher launcher = new FakeLauncher();
    private final AtomicReference<Map<String, Integer>> reservations = new AtomicReference<>(Map.of());
    private final EnvironmentPool pool = new EnvironmentPool(launcher, PoolSettings.defaults(), clock,
            reservations::get);

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void failedInitIsReportedAndDestroyRemovesEnvironment() {
        launcher.onInit("f", process -> INIT_FAILED);

        Lease lease = acquire(function("f"));
        assertThat(lease.initOutcome()).isSameAs(INIT_FAILED);
        assertThat(lease.coldStart()).isTrue();
        assertThat(pool.statistics().starting()).isEqualTo(1);

        lease.destroy();

        assertThat(launcher.process(lease.environmentId()).destroyed()).isTrue();
        assertThat(pool.statistics()).isEqualTo(new PoolStatistics(0, 0, 0, 0, 1, 0, 0, 0, 8192));
    }

    @Test
    void releasingAfterFailedInitStillDestroysEnvironment() {
        launcher.onInit("f", process -> INIT_FAILED);
        Lease failed = acquire(function("f"));

        failed.release();

        assertThat(launcher.process(failed.environmentId()).destroyed()).isTrue();
        assertThat(pool.statistics().idle()).isZero();
    }

    @Test
    void destroyedEnvironmentIsNeverReused() {
        Lease timedOut = acquire(function("f"));

        timedOut.destroy();
        Lease next = acquire(function("f"));

        assertThat(launcher.process(timedOut.environmentId()).destroyed()).isTrue();
        assertThat(next.coldStart()).isTrue();
        assertThat(next.environmentId()).isNotEqualTo(timedOut.environmentId());
    }

    @Test
    void onlyTheFirstEndOfALeaseCounts() {
        Lease released = acquire(function("f"));
        released.release();
        released.release();
        released.destroy();
        Lease destroyed = acquire(function("g"));
        destroyed.destroy();
        destroyed.release();
        destroyed.destroy();

        assertThat(launcher.process(released.environmentId()).destroyed()).isFalse();
        assertThat(launcher.process(destroyed.environmentId()).destroyCalls()).isEqualTo(1);
        assertThat(pool.statistics().idle()).isEqualTo(1);
    }

    @Test
    void launchFailureGivesBackWhatItReserved() {
        reservations.set(Map.of("f", 1));
        IllegalStateException failure = new IllegalStateException("no such runtime");
        launcher.failLaunches(failure);

        assertThatThrownBy(() -> acquire(function("f"))).isSameAs(failure);
        assertThat(pool.statistics().memoryInUseMegabytes()).isZero();

        launcher.failLaunches(null);
        assertThat(acquire(function("f")).coldStart()).isTrue();
    }

    @Test
    void specFailureGivesBackWhatItReserved() {
        reservations.set(Map.of("f", 1));
        FunctionConfiguration function = function("f");
        IllegalStateException failure = new IllegalStateException("code not found");

        assertThatThrownBy(() -> pool.acquire(function, environmentId -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(acquire(function).coldStart()).isTrue();
    }

    @Test
    void statisticsCountEnvironmentsByStateAndStarts() {
        acquire(function("busy", 256));
        Lease idle = acquire(function("idle", 512));
        idle.release();
        acquire(function("idle", 512));
        acquire(function("idle", 512)).release();

        assertThat(pool.statistics()).isEqualTo(new PoolStatistics(0, 1, 2, 0, 3, 1, 0, 1280, 8192));
    }

    @Test
    void closeDestroysEverything() {
        Lease busy = acquire(function("f"));
        Lease idle = acquire(function("g"));
        idle.release();

        pool.close();

        assertThat(launcher.launched()).allSatisfy(process -> assertThat(process.destroyed()).isTrue());
        assertThat(pool.statistics()).isEqualTo(new PoolStatistics(0, 0, 0, 0, 2, 0, 0, 0, 8192));
        busy.release();
        assertThat(launcher.process(busy.environmentId()).destroyCalls()).isEqualTo(1);
    }

    @Test
    void closeIsIdempotent() {
        acquire(function("f")).release();

        pool.close();
        pool.close();

        assertThat(launcher.launched()).singleElement()
                .satisfies(process -> assertThat(process.destroyCalls()).isEqualTo(1));
    }

    @Test
    void closedPoolRefusesToAcquire() {
        pool.close();

        assertThatThrownBy(() -> acquire(function("f")))
                .isInstanceOfSatisfying(BaristaException.class, refused ->
                        assertThat(refused.code()).isEqualTo(ErrorCode.SERVICE_FAILURE));
        assertThat(launcher.launched()).isEmpty();
    }

    private Lease acquire(FunctionConfiguration function) {
        return pool.acquire(function, specFor(function));
    }
}
