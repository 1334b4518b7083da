package dev.barista.core.scheduler;

import static dev.barista.core.scheduler.FunctionFixtures.function;
import static dev.barista.core.scheduler.FunctionFixtures.specFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.testing.MutableClock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@link EnvironmentPool#concurrency()} tells metrics. */
class EnvironmentPoolConcurrencySampleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final AtomicReference<Map<String, Integer>> reservations = new AtomicReference<>(Map.of("reserved", 5));
    private final EnvironmentPool pool = new EnvironmentPool(new FakeLauncher(), PoolSettings.defaults(), clock,
            reservations::get);

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void leasedEnvironmentsCountByFunctionAndIdleOnesDoNot() {
        Lease first = acquire(function("f"));
        acquire(function("f"));
        acquire(function("reserved"));
        first.release();

        PoolConcurrency concurrency = pool.concurrency();

        assertThat(concurrency.byFunction()).isEqualTo(Map.of("f", 1, "reserved", 1));
        assertThat(concurrency.total()).isEqualTo(2);
        assertThat(concurrency.unreserved()).as("a reserved function does not use the unreserved pool").isEqualTo(1);
    }

    @Test
    void anEmptyPoolServesNobody() {
        assertThat(pool.concurrency()).isEqualTo(new PoolConcurrency(Map.of(), 0));
    }

    private Lease acquire(FunctionConfiguration function) {
        return pool.acquire(function, specFor(function));
    }
}
