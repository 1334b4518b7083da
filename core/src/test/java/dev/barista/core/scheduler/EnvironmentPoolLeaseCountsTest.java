package dev.barista.core.scheduler;

import static dev.barista.core.scheduler.FunctionFixtures.function;
import static dev.barista.core.scheduler.FunctionFixtures.specFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.error.BaristaException;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counts behind {@link EnvironmentPool#concurrency()} always equal a scan of the pool's environments, whatever
 * happened to them: leases, releases, evictions, expiry, destroys after a timeout or crash, failed inits,
 * retirement, reservation changes, throttles and closing.
 */
class EnvironmentPoolLeaseCountsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final FakeLauncher launcher = new FakeLauncher();
    private final AtomicReference<Map<String, Integer>> reservations = new AtomicReference<>(Map.of());
    private final EnvironmentPool pool = new EnvironmentPool(launcher,
            new PoolSettings(Duration.ofMinutes(10), 512, 6, Duration.ofSeconds(10)), clock, reservations::get);

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void aLeaseCountsFromItsColdStartUntilItsRelease() {
        Lease lease = acquire(function("f"));
        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of("f", 1), 1)).isEqualTo(scan());

        lease.release();

        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of(), 0)).isEqualTo(scan());
        acquire(function("f"));
        assertThat(pool.concurrency()).as("a warm lease").isEqualTo(new PoolConcurrency(Map.of("f", 1), 1));
    }

    @Test
    void aDestroyAfterATimeoutEndsTheLease() {
        Lease timedOut = acquire(function("f"));

        timedOut.destroy();

        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of(), 0)).isEqualTo(scan());
    }

    @Test
    void aFailedInitCountsUntilTheCallerDestroysIt() {
        launcher.onInit("broken", process -> new InitOutcome.Failed(
                "{}".getBytes(StandardCharsets.UTF_8), "Runtime.ExitError"));
        Lease failed = acquire(function("broken"));
        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of("broken", 1), 1)).isEqualTo(scan());

        failed.destroy();

        assertThat(pool.concurrency()).isEqualTo(scan()).isEqualTo(new PoolConcurrency(Map.of(), 0));
    }

    @Test
    void evictingAndExpiringIdleEnvironmentsChangesNoCount() {
        Lease idle = acquire(function("a", 256));
        Lease busy = acquire(function("b", 256));
        idle.release();

        acquire(function("c", 256));
        busy.release();
        clock.advance(Duration.ofMinutes(11));
        pool.evictExpired();

        assertThat(launcher.process(busy.environmentId()).destroyed()).as("expired").isTrue();

        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of("c", 1), 1)).isEqualTo(scan());
    }

    @Test
    void aReservationMovesLeasesOutOfTheUnreservedCountAtTheNextAcquire() {
        acquire(function("f"));
        acquire(function("f"));
        reservations.set(Map.of("f", 5));

        acquire(function("g"));

        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of("f", 2, "g", 1), 1)).isEqualTo(scan());
        reservations.set(Map.of());
        acquire(function("g"));
        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of("f", 2, "g", 2), 4)).isEqualTo(scan());
    }

    @Test
    void aThrottleCountsNothingAndRetiredLeasesEndWhenReleased() {
        reservations.set(Map.of("f", 1));
        Lease running = acquire(function("f"));
        assertThatThrownBy(() -> acquire(function("f"))).isInstanceOf(BaristaException.class);
        pool.retire("f");
        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of("f", 1), 0)).isEqualTo(scan());

        running.release();

        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of(), 0)).isEqualTo(scan());
    }

    @Test
    void closingEndsEveryLease() {
        acquire(function("f"));
        acquire(function("g")).release();

        pool.close();

        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of(), 0)).isEqualTo(scan());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomSequencesKeepTheCountsEqualToAScan(long seed) {
        Random random = new Random(seed);
        List<Lease> leases = new ArrayList<>();
        launcher.onInit("broken", process -> new InitOutcome.Failed(
                "{}".getBytes(StandardCharsets.UTF_8), "Runtime.ExitError"));
        String[] names = {"a", "b", "c", "broken"};
        for (int step = 0; step < 400; step++) {
            switch (random.nextInt(8)) {
                case 0, 1 -> {
                    String name = names[random.nextInt(names.length)];
                    FunctionConfiguration function = function(name, FunctionConfiguration.LATEST,
                            "r" + random.nextInt(2), 128 * (1 + random.nextInt(2)));
                    try {
                        leases.add(acquire(function));
                    } catch (BaristaException throttled) {
                        // Concurrency or memory is full: nothing was leased.
                    }
                }
                case 2 -> endOne(leases, random, true);
                case 3 -> endOne(leases, random, false);
                case 4 -> {
                    clock.advance(Duration.ofMinutes(random.nextInt(12)));
                    pool.evictExpired();
                }
                case 5 -> pool.retire(names[random.nextInt(names.length)]);
                case 6 -> reservations.set(random.nextBoolean() ? Map.of() : Map.of(names[random.nextInt(2)], 2));
                case 7 -> pool.retire(names[random.nextInt(names.length)], FunctionConfiguration.LATEST);
                default -> throw new IllegalStateException();
            }
            assertThat(pool.concurrency()).as("seed %d, step %d", seed, step).isEqualTo(scan());
        }
        pool.close();
        assertThat(pool.concurrency()).isEqualTo(scan()).isEqualTo(new PoolConcurrency(Map.of(), 0));
    }

    /** Releases (or destroys, as after a timeout or crash) a random lease; a failed init is always destroyed. */
    private static void endOne(List<Lease> leases, Random random, boolean release) {
        if (leases.isEmpty()) {
            return;
        }
        Lease lease = leases.remove(random.nextInt(leases.size()));
        if (release && lease.initOutcome() instanceof InitOutcome.Ready) {
            lease.release();
        } else {
            lease.destroy();
        }
    }

    private PoolConcurrency scan() {
        return pool.scannedConcurrency();
    }

    private Lease acquire(FunctionConfiguration function) {
        return pool.acquire(function, specFor(function));
    }
}
