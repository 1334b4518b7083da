package dev.barista.runtime;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Background JDK work of the AOT caches: tasks run one at a time on one daemon thread, and the JVMs they start are
 * registered in {@link #running} so that {@link #close} kills what still runs. Thread-safe.
 */
final class BackgroundJvmWork implements AutoCloseable {
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;

    BackgroundJvmWork(String threadName) {
        this.executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
    }

    /** Runs {@code task} after the tasks before it. */
    void execute(Runnable task) {
        executor.execute(task);
    }

    /** The processes the tasks run now: a task adds what it starts and removes it once it has ended. */
    Set<Process> running() {
        return running;
    }

    /** Waits until the tasks submitted so far have finished; false if the timeout passed or the work is closed. */
    boolean awaitIdle(Duration timeout) {
        try {
            CompletableFuture.runAsync(() -> { }, executor).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException notFinished) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the tasks and kills the processes they run. */
    @Override
    public void close() {
        executor.shutdownNow();
        running.forEach(Process::destroyForcibly);
    }
}
