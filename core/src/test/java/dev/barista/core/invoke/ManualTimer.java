package dev.barista.core.invoke;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An {@link AsyncTimer} on a fake clock: tasks run on the test's thread, in the order they fall due, when the test
 * calls {@link #runDue} or {@link #advance}. Not thread-safe; tests drive it from one thread.
 */
final class ManualTimer implements AsyncTimer {
    private final List<Scheduled> scheduled = new ArrayList<>();
    private Instant now;
    private long sequence;
    private boolean closed;

    ManualTimer(Instant start) {
        this.now = start;
    }

    /** The timer's clock, which moves only with {@link #advance}. */
    Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("tests use UTC");
            }
        };
    }

    Instant now() {
        return now;
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        if (!closed) {
            scheduled.add(new Scheduled(now.plus(delay), sequence++, task));
        }
    }

    /** Runs every task due now, including those the tasks schedule for now. */
    void runDue() {
        for (Optional<Scheduled> next = nextDue(); next.isPresent(); next = nextDue()) {
            scheduled.remove(next.get());
            next.get().task().run();
        }
    }

    /** Moves the clock forward, running each task at the instant it falls due. */
    void advance(Duration duration) {
        Instant end = now.plus(duration);
        runDue();
        for (Optional<Scheduled> next = earliest(); next.isPresent() && !next.get().due().isAfter(end);
                next = earliest()) {
            now = next.get().due();
            runDue();
        }
        now = end;
        runDue();
    }

    /** How many tasks wait. */
    int waiting() {
        return scheduled.size();
    }

    @Override
    public void close() {
        closed = true;
        scheduled.clear();
    }

    private Optional<Scheduled> nextDue() {
        return earliest().filter(task -> !task.due().isAfter(now));
    }

    private Optional<Scheduled> earliest() {
        return scheduled.stream().min(Comparator.comparing(Scheduled::due).thenComparing(Scheduled::sequence));
    }

    private record Scheduled(Instant due, long sequence, Runnable task) {
    }
}
