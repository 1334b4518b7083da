package dev.barista.runtime;

import java.util.List;

/**
 * How one environment is held to its memory size. Created before the process starts, closed when the
 * environment is destroyed (after the process is gone). Thread-safe.
 */
sealed interface MemoryLimit extends AutoCloseable permits CgroupMemoryLimit, WatchedMemoryLimit, UnlimitedMemory {

    /** The command to start instead, so that the process is held from its first instruction. */
    List<String> wrap(List<String> command);

    /** Called once, right after the process started. */
    void attach(Process process);

    /** The largest memory use seen so far, in bytes (0 if unknown). */
    long peakBytes();

    /** Processes the limit holds that may have escaped the process tree (re-parented); empty if it cannot tell. */
    List<ProcessHandle> members();

    @Override
    void close();
}
