package dev.barista.runtime;

import java.util.List;

/**
 * Kills a process with everything it started, descendants first so that none is orphaned before it is seen.
 * SIGKILL cannot be caught: once sent, only the direct child's exit is worth waiting for (through
 * {@link Process#waitFor}, which the JDK learns of at once; it can only poll for other processes).
 */
final class ProcessTree {
    private static final int PASSES = 3;

    private ProcessTree() {
    }

    /** Sends SIGKILL to the descendants of {@code root} and then to {@code root}; a later pass catches late forks. */
    static void kill(ProcessHandle root) {
        for (int pass = 0; pass < PASSES && root.isAlive(); pass++) {
            root.descendants().forEach(ProcessHandle::destroyForcibly);
        }
        root.destroyForcibly();
    }

    /** Sends SIGKILL to each of the processes (members of a cgroup, which survive re-parenting). */
    static void killAll(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroyForcibly);
    }
}
