package dev.barista.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds where this JVM may create memory cgroups: below its own cgroup v1 memory group, so that whatever limits
 * the server itself also limits its functions.
 */
final class CgroupHierarchy {
    private static final Path MEMORY_ROOT = Path.of("/sys/fs/cgroup/memory");

    private CgroupHierarchy() {
    }

    /** The writable memory cgroup of this process, or empty (no cgroup v1 memory controller, or not writable). */
    static Optional<Path> writableMemoryGroup() {
        return ownMemoryGroup().filter(CgroupHierarchy::canCreateChildren);
    }

    static Optional<Path> ownMemoryGroup() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
                String[] fields = line.split(":", 3);
                if (fields.length == 3 && fields[1].equals("memory")) {
                    Path group = MEMORY_ROOT.resolve(fields[2].replaceFirst("^/", ""));
                    return Files.isRegularFile(group.resolve("memory.limit_in_bytes")) ? Optional.of(group)
                            : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean canCreateChildren(Path group) {
        Path probe = group.resolve("barista-probe-" + ProcessHandle.current().pid());
        try {
            Files.createDirectory(probe);
            Files.delete(probe);
            return true;
        } catch (IOException notAllowed) {
            return false;
        }
    }
}
