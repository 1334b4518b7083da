package dev.barista.core.scheduler;

import static dev.barista.core.scheduler.FunctionFixtures.function;
import static dev.barista.core.scheduler.FunctionFixtures.specFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pool never holds its lock while a process launches, initialises or dies. Gates hold a thread at a known
 * point; a bounded wait on a future only turns a hang (a held lock) into a failure.
 */
class EnvironmentPoolConcurrencyTest {
    private static final long HANG_GUARD_SECONDS = 30;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final FakeLauncher launcher = new FakeLauncher();
    private final EnvironmentPool pool = new EnvironmentPool(launcher, PoolSettings.defaults(), clock, Map::of);
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.close();
        executor.shutdownNow();
    }

    @Test
    void coldStartsOfDifferentFunctionsRunInParallel() throws Exception {
        Gate slowInit = new Gate();
        launcher.onInit("slow", process -> {
            slowInit.pass();
            return new InitOutcome.Ready();
        });
        Future<Lease> slow = acquireInBackground(function("slow"));
        slowInit.awaitReached();

        Lease fast = finish(acquireInBackground(function("fast")));

        assertThat(fast.coldStart()).isTrue();
        assertThat(slow).isNotDone();
        slowInit.open();
        assertThat(finish(slow).initOutcome()).isInstanceOf(InitOutcome.Ready.class);
    }

    @Test
    void coldStartsBeyondTheSlotsWaitForOneToFinish() throws Exception {
        int slots = Math.max(4, 2 * java.lang.Runtime.getRuntime().availableProcessors());
        List<Gate> inits = new ArrayList<>();
        List<Future<Lease>> starting = new ArrayList<>();
        for (int index = 0; index < slots; index++) {
            Gate init = new Gate();
            inits.add(init);
            launcher.onInit("f" + index, process -> {
                init.pass();
                return new InitOutcome.Ready();
            });
            starting.add(acquireInBackground(function("f" + index)));
            init.awaitReached();
        }
        Gate lastInit = new Gate();
        launcher.onInit("last", process -> {
            lastInit.pass();
            return new InitOutcome.Ready();
        });

        CompletableFuture<Lease> last = new CompletableFuture<>();
        Thread lastThread = Thread.ofPlatform().start(() -> last.complete(acquire(function("last"))));
        // Parked either for a slot (launched stays at the slot count) or, were starts unbounded, at its init gate.
        while (lastThread.isAlive() && lastThread.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }

        assertThat(launcher.launched()).hasSize(slots);
        inits.get(0).open();
        finish(starting.get(0));
        lastInit.awaitReached();
        lastInit.open();
        assertThat(finish(last).coldStart()).isTrue();
        inits.forEach(Gate::open);
        for (Future<Lease> each : starting) {
            finish(each);
        }
    }

    @Test
    void initLimitCountsFromTheLaunch() throws Exception {
        launcher.beforeLaunch(spec -> clock.advance(Duration.ofSeconds(3)));

        Lease lease = acquire(function("f"));

        assertThat(launcher.process(lease.environmentId()).initTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void invocationDoesNotWaitForEnvironmentStartingForAnother() throws Exception {
        Gate firstInit = new Gate();
        launcher.onInit("f", process -> {
            if (launcher.launched().size() == 1) {
                firstInit.pass();
            }
            return new InitOutcome.Ready();
        });
        Future<Lease> first = acquireInBackground(function("f"));
        firstInit.awaitReached();

        Lease second = finish(acquireInBackground(function("f")));

        assertThat(second.coldStart()).isTrue();
        assertThat(pool.statistics().starting()).isEqualTo(1);
        firstInit.open();
        assertThat(finish(first).environmentId()).isNotEqualTo(second.environmentId());
    }

    @Test
    void slowDestroyBlocksNobodyElse() throws Exception {
        Lease dying = acquire(function("dying"));
        Gate slowDestroy = new Gate();
        launcher.process(dying.environmentId()).onDestroy(slowDestroy::pass);
        Future<?> destroying = executor.submit(dying::destroy);
        slowDestroy.awaitReached();

        Lease other = finish(acquireInBackground(function("other")));

        assertThat(other.coldStart()).isTrue();
        assertThat(pool.statistics().stopping()).isEqualTo(1);
        slowDestroy.open();
        finish(destroying);
        assertThat(pool.statistics().stopping()).isZero();
    }

    @Test
    void closeDuringInitFailsThatAcquireAndDestroysTheEnvironment() throws Exception {
        Gate init = new Gate();
        launcher.onInit("f", process -> {
            // A real process dies when destroyed, which ends its init.
            process.onDestroy(init::open);
            init.pass();
            return new InitOutcome.Failed(new byte[0], "Runtime.ExitError");
        });
        Future<Lease> starting = acquireInBackground(function("f"));
        init.awaitReached();

        pool.close();

        assertRefusedAsShutDown(starting);
        assertThat(launcher.launched()).singleElement()
                .satisfies(process -> assertThat(process.destroyCalls()).isEqualTo(1));
        assertThat(pool.statistics().stopping()).isZero();
    }

    @Test
    void closeDuringLaunchDestroysTheLaunchedProcess() throws Exception {
        Gate launch = new Gate();
        launcher.beforeLaunch(spec -> launch.pass());
        Future<Lease> starting = acquireInBackground(function("f"));
        launch.awaitReached();

        pool.close();
        launch.open();

        assertRefusedAsShutDown(starting);
        assertThat(launcher.launched()).singleElement()
                .satisfies(process -> assertThat(process.destroyCalls()).isEqualTo(1));
        assertThat(pool.statistics().stopping()).isZero();
    }

    @Test
    void retiredStartingEnvironmentIsDestroyedOnRelease() throws Exception {
        Gate init = new Gate();
        launcher.onInit("f", process -> {
            init.pass();
            return new InitOutcome.Ready();
        });
        Future<Lease> starting = acquireInBackground(function("f"));
        init.awaitReached();

        pool.retire("f");
        init.open();
        Lease lease = finish(starting);
        assertThat(lease.initOutcome()).isInstanceOf(InitOutcome.Ready.class);
        lease.release();

        assertThat(launcher.process(lease.environmentId()).destroyed()).isTrue();
    }

    private Lease acquire(FunctionConfiguration function) {
        return pool.acquire(function, specFor(function));
    }

    private Future<Lease> acquireInBackground(FunctionConfiguration function) {
        return CompletableFuture.supplyAsync(() -> acquire(function), executor);
    }

    private static <T> T finish(Future<T> future) throws Exception {
        try {
            return future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException hung) {
            throw new AssertionError("blocked: the pool held its lock", hung);
        }
    }

    private static void assertRefusedAsShutDown(Future<Lease> acquire) throws Exception {
        try {
            finish(acquire);
            throw new AssertionError("acquire succeeded on a closed pool");
        } catch (ExecutionException failed) {
            assertThat(failed.getCause()).isInstanceOfSatisfying(BaristaException.class, refused ->
                    assertThat(refused.code()).isEqualTo(ErrorCode.SERVICE_FAILURE));
        }
    }
}
