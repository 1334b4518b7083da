package dev.barista.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Creates the {@link MemoryLimit} of each environment in the mode chosen once at launcher start: {@code AUTO}
 * becomes {@code CGROUP} where this JVM may create memory cgroups and {@code WATCHDOG} elsewhere.
 */
final class MemoryLimits implements AutoCloseable {
    private static final long MEGABYTE = 1024L * 1024L;

    private final MemoryEnforcement mode;
    private final Optional<Path> cgroupParent;
    private final Optional<MemoryWatchdog> watchdog;

    MemoryLimits(MemoryEnforcement configured, Duration watchdogInterval) {
        Optional<Path> writable = configured == MemoryEnforcement.AUTO || configured == MemoryEnforcement.CGROUP
                ? CgroupHierarchy.writableMemoryGroup() : Optional.empty();
        this.mode = switch (configured) {
            case AUTO -> writable.isPresent() ? MemoryEnforcement.CGROUP : MemoryEnforcement.WATCHDOG;
            case CGROUP -> {
                if (writable.isEmpty()) {
                    throw new IllegalStateException("memory enforcement CGROUP needs a writable cgroup v1 memory "
                            + "controller for this process; use AUTO or WATCHDOG");
                }
                yield MemoryEnforcement.CGROUP;
            }
            case WATCHDOG -> MemoryEnforcement.WATCHDOG;
            case NONE -> MemoryEnforcement.NONE;
        };
        this.cgroupParent = writable;
        if (mode == MemoryEnforcement.CGROUP) {
            CgroupMemoryLimit.removeStale(writable.orElseThrow());
        }
        this.watchdog = mode == MemoryEnforcement.WATCHDOG ? Optional.of(new MemoryWatchdog(watchdogInterval))
                : Optional.empty();
    }

    /** The mode in effect: never {@code AUTO}. */
    MemoryEnforcement mode() {
        return mode;
    }

    /**
     * A memory cgroup made ahead of its environment, for a standby process to join, limited to {@code
     * memoryMegabytes} until {@link #claim} sets its function's size; empty unless the mode is {@code CGROUP}.
     */
    Optional<CgroupMemoryLimit> prepare(String id, int memoryMegabytes) {
        return mode == MemoryEnforcement.CGROUP
                ? Optional.of(CgroupMemoryLimit.create(cgroupParent.orElseThrow(), id, memoryMegabytes * MEGABYTE))
                : Optional.empty();
    }

    /** The limit of an environment started by a standby process: its prepared group resized, or a new limit. */
    MemoryLimit claim(Optional<CgroupMemoryLimit> prepared, String environmentId, int memoryMegabytes) {
        if (prepared.isEmpty()) {
            return create(environmentId, memoryMegabytes);
        }
        prepared.get().resize(memoryMegabytes * MEGABYTE);
        return prepared.get();
    }

    MemoryLimit create(String environmentId, int memoryMegabytes) {
        long limitBytes = memoryMegabytes * MEGABYTE;
        return switch (mode) {
            case CGROUP -> CgroupMemoryLimit.create(cgroupParent.orElseThrow(), environmentId, limitBytes);
            case WATCHDOG -> new WatchedMemoryLimit(watchdog.orElseThrow(), limitBytes);
            case NONE, AUTO -> new UnlimitedMemory();
        };
    }

    @Override
    public void close() {
        watchdog.ifPresent(MemoryWatchdog::close);
    }
}
