package dev.barista.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds process trees to memory limits where cgroups are not available: at each tick it reads the resident memory
 * of every watched tree (one scan of the process table for all of them) and kills a tree above its limit, which
 * its environment then reports as "signal: killed". One daemon thread per launcher. Thread-safe.
 */
final class MemoryWatchdog implements AutoCloseable {

    /** One watched tree; {@code peak} is the largest total seen. */
    record Watch(ProcessHandle root, long limitBytes, AtomicLong peak) {
    }

    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("barista-memory-watchdog").daemon().factory());

    MemoryWatchdog(Duration interval) {
        ticker.scheduleWithFixedDelay(this::tick, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    Watch watch(ProcessHandle root, long limitBytes) {
        Watch watch = new Watch(root, limitBytes, new AtomicLong());
        watches.put(root.pid(), watch);
        return watch;
    }

    void unwatch(Watch watch) {
        watches.remove(watch.root().pid(), watch);
    }

    private void tick() {
        if (watches.isEmpty()) {
            return;
        }
        try {
            Map<Long, List<Long>> children = childrenByParent();
            for (Watch watch : watches.values()) {
                List<Long> tree = tree(watch.root().pid(), children);
                long resident = tree.stream().mapToLong(ProcessMemory::residentBytes).sum();
                watch.peak().accumulateAndGet(resident, Math::max);
                if (resident > watch.limitBytes()) {
                    // Descendants first, then the root: the tree must not survive its environment's end.
                    for (int index = tree.size() - 1; index >= 0; index--) {
                        ProcessHandle.of(tree.get(index)).ifPresent(ProcessHandle::destroyForcibly);
                    }
                }
            }
        } catch (RuntimeException unexpected) {
            // A process vanishing mid-scan is normal; the next tick sees a consistent table again.
        }
    }

    private static Map<Long, List<Long>> childrenByParent() {
        Map<Long, List<Long>> children = new HashMap<>();
        ProcessHandle.allProcesses().forEach(process -> process.parent().ifPresent(parent ->
                children.computeIfAbsent(parent.pid(), ignored -> new ArrayList<>()).add(process.pid())));
        return children;
    }

    /** The root and its descendants, parents before children. */
    private static List<Long> tree(long root, Map<Long, List<Long>> children) {
        List<Long> tree = new ArrayList<>();
        ArrayDeque<Long> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            long pid = pending.poll();
            tree.add(pid);
            pending.addAll(children.getOrDefault(pid, List.of()));
        }
        return tree;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
