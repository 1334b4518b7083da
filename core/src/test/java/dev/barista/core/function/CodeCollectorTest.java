package dev.barista.core.function;

import static dev.barista.core.function.CodeCollectionCrashTest.python;
import static dev.barista.core.function.CodeCollectionCrashTest.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a collection keeps: every package and cache of a stored version, of a running environment, and of an
 * invocation or control-plane write under way; and that it deletes everything else.
 */
class CodeCollectorTest {
    private static final long HANG_GUARD_SECONDS = 30;

    private final JournalingStores stores = new JournalingStores();
    private final CodeGuard guard = new CodeGuard();
    private final FunctionService service = new FunctionService(stores.functions, stores.code,
            EnumSet.of(Runtime.PYTHON311), new AccountSettings("000000000000", "us-east-1", 1000, 100),
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), retired -> { }, guard);
    private final Set<FunctionConfiguration> running = new CopyOnWriteArraySet<>();
    private final List<Collection<FunctionConfiguration>> cachesKept = new ArrayList<>();
    private final CodeCollector collector = new CodeCollector(stores.functions, stores.code, guard, () -> running,
            cachesKept::add);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Thread> collectors = new ArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void keepsThePackageOfAStoredVersionAndDeletesTheRest() throws Exception {
        service.create(python("kept", "k1"));
        service.create(python("deleted", "d1"));
        service.delete("deleted", null);

        assertThat(collector.collect()).isTrue();

        assertThat(stores.code.packages()).containsExactly("k1");
    }

    @Test
    void cachesKeepEveryStoredVersionAndRunningRevision() throws Exception {
        service.create(python("hello", "v1"));
        FunctionConfiguration old = service.configuration("hello", null);
        running.add(old);
        service.updateCode(update("hello", "v2"));

        collector.collect();

        assertThat(cachesKept.getLast()).containsExactlyInAnyOrder(old, service.configuration("hello", null));
    }

    @Test
    void aRunningEnvironmentKeepsItsPackageUntilItIsGone() throws Exception {
        service.create(python("hello", "v1"));
        running.add(service.configuration("hello", null));
        service.delete("hello", null);

        collector.collectIfRequested();
        assertThat(stores.code.packages()).containsExactly("v1");
        running.clear();
        collector.collectIfRequested();

        assertThat(stores.code.packages()).isEmpty();
    }

    @Test
    void whileTheEnvironmentItWaitsForRunsNoFurtherCollectionRuns() throws Exception {
        service.create(python("hello", "v1"));
        running.add(service.configuration("hello", null));
        service.delete("hello", null);
        collector.collectIfRequested();

        collector.collectIfRequested();
        collector.collectIfRequested();

        assertThat(cachesKept).as("collections").hasSize(1);
        running.clear();
        collector.collectIfRequested();
        assertThat(cachesKept).hasSize(2);
        collector.collectIfRequested();
        assertThat(cachesKept).as("nothing left to wait for").hasSize(2);
    }

    @Test
    void whatWasKeptForAnInvocationThatMayHaveReadItIsCollectedAtTheNextCall() throws Exception {
        service.create(python("hello", "v1"));
        collector.collectIfRequested();
        FunctionStore deletingWhileWaiting = stores.functions;
        CodeGuard.Hold invocation = service.invocationHold();
        CompletableFuture<Boolean> collection = collectInBackground();
        awaitWaiting(collection);
        deletingWhileWaiting.delete("hello");
        invocation.close();
        assertThat(collection.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("complete").isFalse();
        assertThat(stores.code.packages()).as("read before the barrier").containsExactly("v1");

        collector.collectIfRequested();

        assertThat(stores.code.packages()).isEmpty();
    }

    @Test
    void aCompleteCollectionEndsTheRequestUntilTheNextOne() throws Exception {
        collector.collectIfRequested();
        service.create(python("hello", "v1"));
        service.delete("hello", null);

        collector.collectIfRequested();
        assertThat(stores.code.packages()).as("not requested").containsExactly("v1");
        collector.request();
        collector.collectIfRequested();

        assertThat(stores.code.packages()).isEmpty();
    }

    @Test
    void waitsForAnInvocationThatResolvedBeforeTheDeleteAndKeepsWhatItThenRuns() throws Exception {
        service.create(python("hello", "v1"));
        CodeGuard.Hold invocation = service.invocationHold();
        FunctionConfiguration resolved = service.resolveForInvoke("hello", null, 0).configuration();
        service.delete("hello", null);

        CompletableFuture<Boolean> collection = collectInBackground();
        awaitWaiting(collection);
        assertThat(stores.code.packages()).as("while the invocation may not have its environment yet")
                .containsExactly("v1");
        running.add(resolved);
        invocation.close();

        assertThat(collection.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("complete").isFalse();
        assertThat(stores.code.packages()).containsExactly("v1");
        running.clear();
        assertThat(collector.collect()).isTrue();
        assertThat(stores.code.packages()).isEmpty();
    }

    @Test
    void anInvocationBegunAfterTheCollectionStartedIsNotWaitedFor() throws Exception {
        service.create(python("hello", "v1"));
        service.delete("hello", null);
        CodeGuard.Hold earlier = service.invocationHold();
        CompletableFuture<Boolean> collection = collectInBackground();
        awaitWaiting(collection);

        try (CodeGuard.Hold later = service.invocationHold()) {
            earlier.close();
            assertThat(collection.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(stores.code.packages()).isEmpty();
    }

    @Test
    void aPackageStoredForACreateStillUnderWayIsKept() throws Exception {
        CountDownLatch createReached = new CountDownLatch(1);
        CountDownLatch createMayGoOn = new CountDownLatch(1);
        JournalingStores.Functions blocking = stores.functions;
        FunctionService slowService = new FunctionService(new InMemoryFunctionStore() {
            @Override
            public boolean create(FunctionConfiguration latest, java.util.Map<String, String> tags) {
                createReached.countDown();
                await(createMayGoOn);
                return blocking.create(latest, tags);
            }
        }, stores.code, EnumSet.of(Runtime.PYTHON311), new AccountSettings("000000000000", "us-east-1", 1000, 100),
                Clock.systemUTC(), retired -> { }, guard);
        Future<FunctionConfiguration> create = executor.submit(() -> slowService.create(python("new", "n1")));
        await(createReached);

        CompletableFuture<Boolean> collection = collectInBackground();
        awaitWaiting(collection);
        assertThat(stores.code.packages()).as("stored, not yet referenced").containsExactly("n1");
        createMayGoOn.countDown();

        create.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        assertThat(collection.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(stores.code.packages()).containsExactly("n1");
    }

    private CompletableFuture<Boolean> collectInBackground() {
        CompletableFuture<Boolean> collection = new CompletableFuture<>();
        Thread thread = Thread.ofPlatform().name("collector").start(() -> {
            try {
                collection.complete(collector.collect());
            } catch (Throwable failure) {
                collection.completeExceptionally(failure);
            }
        });
        collectors.add(thread);
        return collection;
    }

    /** Until the collecting thread is parked or blocked, that is, waiting for someone. */
    private void awaitWaiting(CompletableFuture<Boolean> collection) {
        Thread thread = collectors.getLast();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertThat(collection).as("the collection must wait").isNotDone();
            assertThat(System.nanoTime()).as("collector never waited").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("never reached");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
