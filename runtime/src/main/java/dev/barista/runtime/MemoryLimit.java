package dev.barista.runtime;

import java.util.List;
import java.util.Optional;

/**
 * How one environment is held to its memory size. Created before the process starts, closed when the
 * environment is destroyed (after the process is gone). Thread-safe.
 */
sealed interface MemoryLimit extends AutoCloseable permits CgroupMemoryLimit, WatchedMemoryLimit, UnlimitedMemory {

    /** A shell step the new process runs before it becomes the runtime, so that it is held from the start. */
    Optional<String> startupStep();

    /** Called once, right after the process started. */
    void attach(Process process);

    /** The largest memory use seen so far, in bytes (0 if unknown). */
    long peakBytes();

    /** Processes the limit holds that may have escaped the process tree (re-parented); empty if it cannot tell. */
    List<ProcessHandle> members();

    @Override
    void close();
}
