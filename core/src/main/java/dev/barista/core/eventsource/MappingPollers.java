package dev.barista.core.eventsource;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The pollers of one enabled mapping: virtual threads that each run {@link SqsBatchCycle}s, as many as
 * {@link PollerScaling} says, each pausing as its {@link Backoff} says. Thread-safe.
 */
final class MappingPollers {
    private static final System.Logger LOGGER = System.getLogger(MappingPollers.class.getName());

    private final SqsBatchCycle cycle;
    private final Clock clock;
    private final ToIntFunction<EventSourceMapping> ceiling;
    private volatile PolledMapping polled;
    /** Guarded by this. */
    private PollerScaling scaling;
    /** Guarded by this. */
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    /**
     * @param ceiling the most pollers a mapping may have now; asked after every batch, as reservations change
     */
    MappingPollers(PolledMapping polled, SqsBatchCycle cycle, Clock clock,
                   ToIntFunction<EventSourceMapping> ceiling) {
        this.polled = polled;
        this.cycle = cycle;
        this.clock = clock;
        this.ceiling = ceiling;
    }

    /** Starts the initial pollers. */
    synchronized void start() {
        scaling = PollerScaling.initial(ceiling.applyAsInt(polled.mapping()), clock.instant());
        addPollers();
    }

    /** Later batches use the new settings; batches in flight finish with the old ones. */
    void reconfigure(PolledMapping updated) {
        polled = updated;
    }

    /**
     * Stops polling: no poller starts another batch, and a batch being gathered is released to the queue. A batch
     * whose function is running finishes and is settled.
     *
     * @param interrupt also interrupt every poller (server shutdown), cutting long polls and invocations short
     */
    void stop(boolean interrupt) {
        stopped = true;
        List<Thread> running;
        synchronized (this) {
            running = List.copyOf(threads);
        }
        if (interrupt) {
            running.forEach(Thread::interrupt);
        }
    }

    /** Waits up to {@code timeout} for every poller thread to end. */
    void awaitStopped(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Thread> running;
        synchronized (this) {
            running = List.copyOf(threads);
        }
        for (Thread thread : running) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0) {
                thread.join(Duration.ofNanos(remaining));
            }
        }
    }

    /** How many pollers run now. */
    synchronized int pollerCount() {
        return threads.size();
    }

    private void addPollers() {
        while (!stopped && threads.size() < scaling.target()) {
            String uuid = polled.mapping().uuid();
            threads.add(Thread.ofVirtual().name("barista-sqs-poller-" + uuid + "-" + threads.size())
                    .start(this::poll));
        }
    }

    private void poll() {
        Backoff backoff = Backoff.none();
        try {
            while (continuePolling()) {
                SqsBatchCycle.Report report;
                try {
                    report = cycle.run(() -> polled, () -> !stopped);
                } catch (RuntimeException failure) {
                    LOGGER.log(Level.ERROR, "event source mapping " + polled.mapping().uuid() + " failed a batch",
                            failure);
                    report = new SqsBatchCycle.Report(BatchOutcome.NOT_INVOKED, false, 0);
                }
                synchronized (this) {
                    scaling = scaling.after(report.outcome(), report.full(), ceiling.applyAsInt(polled.mapping()), clock.instant());
                    addPollers();
                }
                backoff = backoff.after(report.outcome());
                if (!backoff.delay().isZero() && !stopped) {
                    Thread.sleep(backoff.delay());
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                threads.remove(Thread.currentThread());
            }
        }
    }

    /** False when stopped, or when more pollers run than the target: this one retires. */
    private synchronized boolean continuePolling() {
        return !stopped && threads.size() <= scaling.target();
    }
}
