package dev.barista.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A cgroup v1 memory controller for one environment: the kernel kills the process (SIGKILL, "signal: killed") when
 * the group's memory exceeds the limit. The process joins the group before it executes the runtime: its startup
 * script writes its own pid into {@code cgroup.procs}.
 */
final class CgroupMemoryLimit implements MemoryLimit {
    private static final int REMOVAL_ATTEMPTS = 100;
    private static final String PREFIX = "barista-";
    /** Older than this, an empty group cannot be one whose process is about to join. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private final Path directory;
    /**
     * {@code memory.max_usage_in_bytes}, kept open: the peak is read after every invocation (REPORT's Max Memory
     * Used), and a positional read at 0 makes the kernel render the value afresh without an open and a close.
     */
    private final Object peakLock = new Object();
    private FileChannel peak;
    private boolean closed;

    private CgroupMemoryLimit(Path directory) {
        this.directory = directory;
    }

    static CgroupMemoryLimit create(Path parent, String environmentId, long limitBytes) {
        Path directory = parent.resolve(PREFIX + environmentId.replaceAll("[^A-Za-z0-9_.-]", "_"));
        try {
            Files.createDirectory(directory);
            Files.writeString(directory.resolve("memory.limit_in_bytes"), Long.toString(limitBytes));
            // Swap would let the group exceed its limit where swap exists; the file is absent without swap accounting.
            writeIfPresent(directory.resolve("memory.memsw.limit_in_bytes"), limitBytes);
            return new CgroupMemoryLimit(directory);
        } catch (IOException failure) {
            removeQuietly(directory);
            throw new IllegalStateException("cannot create memory cgroup " + directory, failure);
        }
    }

    /**
     * Removes the empty groups left by environments of a server that died without destroying them (their
     * processes end when their Runtime API goes away). The kernel refuses to remove a group that has members.
     */
    static void removeStale(Path parent) {
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> groups = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path group : groups) {
                if (Files.getLastModifiedTime(group).toInstant().isBefore(staleBefore)) {
                    removeQuietly(group);
                }
            }
        } catch (IOException unreadable) {
            // Leftovers stay; they cost nothing but a directory.
        }
    }

    /**
     * Sets another limit (for a group a standby process joined ahead of its function) and restarts the peak from
     * the current use. The swap limit may never be below the memory limit: it moves first when the limit grows.
     */
    void resize(long limitBytes) {
        Path memory = directory.resolve("memory.limit_in_bytes");
        Path swap = directory.resolve("memory.memsw.limit_in_bytes");
        try {
            boolean grows = readLong(memory).map(current -> limitBytes > current).orElse(true);
            if (grows) {
                writeIfPresent(swap, limitBytes);
            }
            Files.writeString(memory, Long.toString(limitBytes));
            if (!grows) {
                writeIfPresent(swap, limitBytes);
            }
            Files.writeString(directory.resolve("memory.max_usage_in_bytes"), "0");
        } catch (IOException failure) {
            throw new IllegalStateException("cannot set the limit of memory cgroup " + directory, failure);
        }
    }

    @Override
    public Optional<String> startupStep() {
        return Optional.of("echo $$ > " + StartupScript.quote(directory.resolve("cgroup.procs").toString()));
    }

    @Override
    public void attach(Process process) {
        // The process joined the group itself before exec.
    }

    @Override
    public long peakBytes() {
        ByteBuffer value = ByteBuffer.allocate(24);
        try {
            FileChannel channel = peakChannel();
            if (channel == null) {
                return 0;
            }
            while (value.hasRemaining() && channel.read(value, value.position()) > 0
                    && value.get(value.position() - 1) != '\n') {
                // A positional read does not move the channel: other threads may read it at the same time. The
                // kernel gives the whole line at once: its newline ends the reading (no second read for the end).
            }
            return Long.parseLong(new String(value.array(), 0, value.position(), StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException gone) {
            return 0;
        }
    }

    private FileChannel peakChannel() throws IOException {
        synchronized (peakLock) {
            if (peak == null && !closed) {
                peak = FileChannel.open(directory.resolve("memory.max_usage_in_bytes"), StandardOpenOption.READ);
            }
            return peak;
        }
    }

    @Override
    public List<ProcessHandle> members() {
        try {
            return Files.readAllLines(directory.resolve("cgroup.procs")).stream().filter(line -> !line.isBlank())
                    .map(line -> ProcessHandle.of(Long.parseLong(line.trim()))).flatMap(Optional::stream).toList();
        } catch (IOException | NumberFormatException gone) {
            return List.of();
        }
    }

    /** Removes the group; the kernel refuses while a member lives, so the caller kills them first. */
    @Override
    public void close() {
        synchronized (peakLock) {
            closed = true;
            if (peak != null) {
                try {
                    peak.close();
                } catch (IOException ignored) {
                    // Nothing to release beyond the descriptor, which is gone either way.
                }
            }
        }
        for (int attempt = 0; attempt < REMOVAL_ATTEMPTS && Files.exists(directory); attempt++) {
            ProcessTree.killAll(members());
            if (removeQuietly(directory)) {
                return;
            }
            // Killed members leave the group when they are reaped, a moment after their death; nothing to wait on.
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean removeQuietly(Path directory) {
        try {
            Files.deleteIfExists(directory);
            return true;
        } catch (IOException busy) {
            return false;
        }
    }

    private static void writeIfPresent(Path file, long value) {
        if (Files.exists(file)) {
            try {
                Files.writeString(file, Long.toString(value));
            } catch (IOException unsupported) {
                // Without swap accounting the memory limit alone applies.
            }
        }
    }

    private static Optional<Long> readLong(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException gone) {
            return Optional.empty();
        }
    }
}
