package dev.barista.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps a few {@link StandbyProcess standby processes} ready for the next cold starts. One daemon thread prepares
 * them, one at a time, whenever fewer than {@code count} are ready: at start, and half a second after one is taken.
 * When none is ready (a burst of cold starts), a launch starts its process itself, as without standby processes.
 * After {@value #MAXIMUM_FAILURES} failed preparations in a row it stops trying.
 *
 * <p>Thread-safe. {@link #close} discards the ready ones and stops the preparer.
 */
final class StandbyProcesses implements AutoCloseable {
    private static final int MAXIMUM_FAILURES = 3;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    /** Most cold starts have answered their first invocation by then (a JVM from its AOT cache: 150-250 ms). */
    private static final Duration QUIET_AFTER_TAKE = Duration.ofMillis(500);

    private final int count;
    private final Supplier<Optional<StandbyProcess>> preparation;
    private final Deque<StandbyProcess> ready = new ArrayDeque<>();
    private final Thread preparer;
    // Guarded by this.
    private boolean closed;
    /** {@link System#nanoTime} of the last take, 0 before the first. */
    private long lastTaken;

    /** @param preparation prepares one standby process, or returns empty if it cannot */
    StandbyProcesses(int count, Supplier<Optional<StandbyProcess>> preparation) {
        this.count = count;
        this.preparation = preparation;
        this.preparer = Thread.ofPlatform().name("barista-standby-processes").daemon().unstarted(this::prepareAll);
    }

    /** Starts preparing. */
    void start() {
        preparer.start();
    }

    /** A ready standby process, whose place a new one takes; empty if none is ready. */
    synchronized Optional<StandbyProcess> take() {
        while (!ready.isEmpty()) {
            StandbyProcess standby = ready.poll();
            lastTaken = System.nanoTime();
            notifyAll();
            if (standby.process().isAlive()) {
                return Optional.of(standby);
            }
            standby.discard();
        }
        return Optional.empty();
    }

    private void prepareAll() {
        int failures = 0;
        try {
            while (failures < MAXIMUM_FAILURES && awaitVacancy()) {
                awaitQuiet();
                Optional<StandbyProcess> prepared = preparation.get();
                if (prepared.isEmpty()) {
                    failures++;
                    Thread.sleep(RETRY_DELAY);
                    continue;
                }
                failures = 0;
                if (!offer(prepared.get())) {
                    prepared.get().discard();
                }
            }
        } catch (InterruptedException closing) {
            // close() stops the preparer.
        }
    }

    /**
     * Lets the start that took a standby process have the CPU for a while: preparing the next one costs some
     * milliseconds of CPU, which a host of a few cores would otherwise take from that start.
     */
    private void awaitQuiet() throws InterruptedException {
        long since;
        synchronized (this) {
            since = lastTaken;
        }
        long quietUntil = since + QUIET_AFTER_TAKE.toNanos();
        long now = System.nanoTime();
        if (since != 0 && now < quietUntil) {
            Thread.sleep(Duration.ofNanos(quietUntil - now));
        }
    }

    private synchronized boolean awaitVacancy() throws InterruptedException {
        while (!closed && ready.size() >= count) {
            wait();
        }
        return !closed;
    }

    private synchronized boolean offer(StandbyProcess standby) {
        if (closed) {
            return false;
        }
        ready.add(standby);
        notifyAll();
        return true;
    }

    /** The process ids of the ready ones (for tests). */
    synchronized List<Long> readyProcessIds() {
        return ready.stream().map(standby -> standby.process().pid()).toList();
    }

    /** Waits until {@code count} are ready (for tests); false if that did not happen in time. */
    synchronized boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed && ready.size() < count) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            wait(Math.max(1, remaining / 1_000_000));
        }
        return !closed;
    }

    /** Discards every ready standby process and waits for the preparer to stop. Idempotent. */
    @Override
    public void close() {
        List<StandbyProcess> discarded;
        synchronized (this) {
            closed = true;
            discarded = new ArrayList<>(ready);
            ready.clear();
            notifyAll();
        }
        preparer.interrupt();
        discarded.forEach(StandbyProcess::discard);
        if (preparer.isAlive() && preparer != Thread.currentThread()) {
            try {
                preparer.join(Duration.ofSeconds(10));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
