package dev.barista.runtime;

import java.util.List;
import java.util.Optional;

/** A memory limit enforced by the {@link MemoryWatchdog}, for hosts without a writable cgroup hierarchy. */
final class WatchedMemoryLimit implements MemoryLimit {
    private final MemoryWatchdog watchdog;
    private final long limitBytes;
    private volatile MemoryWatchdog.Watch watch;

    WatchedMemoryLimit(MemoryWatchdog watchdog, long limitBytes) {
        this.watchdog = watchdog;
        this.limitBytes = limitBytes;
    }

    @Override
    public Optional<String> startupStep() {
        return Optional.empty();
    }

    @Override
    public void attach(Process process) {
        watch = watchdog.watch(process.toHandle(), limitBytes);
    }

    @Override
    public long peakBytes() {
        MemoryWatchdog.Watch current = watch;
        if (current == null) {
            return 0;
        }
        long highWaterMark = ProcessMemory.peakResidentBytes(current.root().pid());
        return current.peak().accumulateAndGet(highWaterMark, Math::max);
    }

    @Override
    public List<ProcessHandle> members() {
        return List.of();
    }

    @Override
    public void close() {
        MemoryWatchdog.Watch current = watch;
        if (current != null) {
            watchdog.unwatch(current);
        }
    }
}
