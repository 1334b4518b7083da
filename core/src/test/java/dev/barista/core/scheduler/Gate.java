package dev.barista.core.scheduler;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a thread at a known point until the test opens it. The bounded waits only turn a hang into a failure;
 * no test depends on how long anything takes.
 */
final class Gate {
    private static final long HANG_GUARD_SECONDS = 30;

    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);

    /** Called by the held thread: signals arrival, then waits until the gate opens. */
    void pass() {
        reached.countDown();
        await(opened);
    }

    void awaitReached() {
        await(reached);
    }

    void open() {
        opened.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("gate never reached or opened");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted at gate", interrupted);
        }
    }
}
