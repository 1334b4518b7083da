package dev.barista.core.invoke;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@link AsyncTimer} of a running server: one platform thread keeps time, and each task runs on a virtual thread
 * of its own, so that a long invocation never delays another's retry. Thread-safe.
 */
public final class VirtualThreadTimer implements AsyncTimer {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("barista-async-timer").daemon().factory());

    @Override
    public void schedule(Duration delay, Runnable task) {
        Runnable start = () -> Thread.ofVirtual().name("barista-async").start(task);
        if (timer.isShutdown()) {
            return;
        }
        try {
            if (delay.isZero() || delay.isNegative()) {
                start.run();
            } else {
                timer.schedule(start, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException closed) {
            // Closed: the invocation stays in the store and runs after the next start.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
