package dev.barista.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** No memory limit ({@link MemoryEnforcement#NONE}); the peak is the process's resident high-water mark. */
final class UnlimitedMemory implements MemoryLimit {
    private final AtomicLong peak = new AtomicLong();
    private volatile ProcessHandle root;

    @Override
    public Optional<String> startupStep() {
        return Optional.empty();
    }

    @Override
    public void attach(Process process) {
        root = process.toHandle();
    }

    @Override
    public long peakBytes() {
        ProcessHandle current = root;
        return current == null ? 0 : peak.accumulateAndGet(ProcessMemory.peakResidentBytes(current.pid()), Math::max);
    }

    @Override
    public List<ProcessHandle> members() {
        return List.of();
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
