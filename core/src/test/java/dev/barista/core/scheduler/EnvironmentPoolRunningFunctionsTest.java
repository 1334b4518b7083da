package dev.barista.core.scheduler;

import static dev.barista.core.scheduler.FunctionFixtures.function;
import static dev.barista.core.scheduler.FunctionFixtures.specFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.testing.MutableClock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@link EnvironmentPool#runningFunctions()} tells the code collector: whatever code a process may use. */
class EnvironmentPoolRunningFunctionsTest {
    private final FakeLauncher launcher = new FakeLauncher();
    private final EnvironmentPool pool = new EnvironmentPool(launcher, PoolSettings.defaults(),
            new MutableClock(Instant.parse("2026-03-01T12:00:00Z")), Map::of);
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.close();
        executor.shutdownNow();
    }

    @Test
    void busyAndIdleEnvironmentsRunTheirRevision() {
        FunctionConfiguration busy = function("busy");
        FunctionConfiguration idle = function("idle", "1", "r7", 256);
        acquire(busy);
        acquire(idle).release();

        assertThat(pool.runningFunctions()).containsExactlyInAnyOrder(busy, idle);
    }

    @Test
    void anEnvironmentCountsFromItsRegistrationBeforeItsProcessIsLaunched() throws Exception {
        Gate launch = new Gate();
        launcher.beforeLaunch(spec -> launch.pass());
        Future<Lease> starting = executor.submit(() -> acquire(function("starting")));
        launch.awaitReached();

        assertThat(pool.runningFunctions()).containsExactly(function("starting"));
        launch.open();
        starting.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aStoppingEnvironmentCountsUntilItsProcessIsDestroyed() throws Exception {
        Lease lease = acquire(function("f"));
        Gate destroy = new Gate();
        launcher.process(lease.environmentId()).onDestroy(destroy::pass);
        Future<?> destroying = executor.submit(lease::destroy);
        destroy.awaitReached();

        assertThat(pool.runningFunctions()).containsExactly(function("f"));
        destroy.open();
        destroying.get(30, TimeUnit.SECONDS);
        assertThat(pool.runningFunctions()).isEmpty();
    }

    private Lease acquire(FunctionConfiguration function) {
        return pool.acquire(function, specFor(function));
    }
}
