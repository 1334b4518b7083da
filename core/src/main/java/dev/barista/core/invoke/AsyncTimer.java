package dev.barista.core.invoke;

import java.time.Duration;

/**
 * Runs the attempts of asynchronous invocations after their delays. Implementations are thread-safe; a task given a
 * zero delay runs as soon as possible, and tasks never run on the caller's thread. Tests use a timer driven by a
 * fake clock, so that retry schedules are checked without waiting.
 */
public interface AsyncTimer extends AutoCloseable {

    /** Runs {@code task} once, {@code delay} from now. After {@link #close} tasks are dropped. */
    void schedule(Duration delay, Runnable task);

    /** Stops running tasks; those not yet run are dropped (the store still holds their invocations). */
    @Override
    void close();
}
