package dev.barista.core.function;

import static dev.barista.core.function.FunctionStoreFixtures.latest;
import static dev.barista.core.function.FunctionStoreFixtures.updated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Atomicity of the operations that callers race on. */
interface FunctionStoreConcurrencyContract extends FunctionStoreContractPart {
    int THREADS = 8;

    @Test
    default void concurrentlyReservedVersionNumbersAreDistinct() throws Exception {
        store().create(latest("orders"), Map.of());

        var numbers = race(thread -> () -> store().nextVersionNumber("orders"));

        assertThat(numbers).doesNotHaveDuplicates().hasSize(THREADS);
    }

    @Test
    default void onlyOneOfConcurrentReplacementsOfTheSameRevisionWins() throws Exception {
        var first = latest("orders");
        store().create(first, Map.of());

        var outcomes = race(thread -> () -> store().replaceLatest(updated(first, "by " + thread), first.revisionId()));

        assertThat(outcomes).containsOnlyOnce(true);
    }

    @Test
    default void onlyOneOfConcurrentCreationsOfTheSameNameWins() throws Exception {
        var outcomes = race(thread -> () -> store().create(latest("orders", "by " + thread, 1), Map.of()));

        assertThat(outcomes).containsOnlyOnce(true);
    }

    /** Runs one task per thread, released together, and returns their results. */
    private static <T> List<T> race(IntFunction<Callable<T>> task) throws InterruptedException, ExecutionException {
        var start = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(THREADS)) {
            var futures = new ArrayList<Future<T>>();
            for (int thread = 0; thread < THREADS; thread++) {
                var work = task.apply(thread);
                futures.add(executor.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
