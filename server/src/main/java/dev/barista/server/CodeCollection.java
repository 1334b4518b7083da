package dev.barista.server;

import dev.barista.core.function.CodeCollector;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link CodeCollector}: once at start, before the server listens (what a crash or an earlier run left
 * behind), then every second when asked to (after a function, version or code was deleted or replaced, or while
 * something unreferenced waits for its environments to end), on its own thread: a collection may wait for running
 * invocations to end, and must not hold up anything else. {@link #close} interrupts it.
 */
final class CodeCollection implements AutoCloseable {
    private static final System.Logger LOGGER = System.getLogger(CodeCollection.class.getName());

    private final ScheduledExecutorService scheduler;

    private CodeCollection(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static CodeCollection start(CodeCollector collector) {
        collect(collector);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("barista-code-collector").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> collect(collector), 1, 1, TimeUnit.SECONDS);
        return new CodeCollection(scheduler);
    }

    /** A failure is logged; the request stands, and the next round tries again. */
    private static void collect(CodeCollector collector) {
        try {
            collector.collectIfRequested();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            LOGGER.log(Level.WARNING, "collecting unreferenced code packages failed", failure);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
