package dev.barista.runtime;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes delivery markers for {@link OutputPump} into a process's output pipe, through
 * {@code /proc/<pid>/fd/1} or {@code /proc/<pid>/fd/2}: stderr is merged into the same pipe, and shells point
 * one of them elsewhere while a command with a redirection runs ({@code curl ... > /dev/null}). The pipe is
 * identified when the process starts, through its stderr (the cgroup wrapper's {@code echo} briefly redirects its
 * stdout). A marker is written only into that pipe, never into anything the process has opened itself.
 */
final class OutputMarker {
    private final List<Path> descriptors;
    private final Path pipe;
    private final byte[] prefix;
    private final AtomicLong sequence = new AtomicLong();

    private OutputMarker(List<Path> descriptors, Path pipe, byte[] prefix) {
        this.descriptors = descriptors;
        this.pipe = pipe;
        this.prefix = prefix.clone();
    }

    /** Identifies the pipe of a just-started process, or empty if the process is already gone. */
    static Optional<OutputMarker> attach(long pid, byte[] prefix) {
        Path descriptors = Path.of("/proc", Long.toString(pid), "fd");
        try {
            Path pipe = Files.readSymbolicLink(descriptors.resolve("2"));
            return pipe.toString().startsWith("pipe:")
                    ? Optional.of(new OutputMarker(List.of(descriptors.resolve("1"), descriptors.resolve("2")), pipe,
                            prefix))
                    : Optional.empty();
        } catch (IOException | UnsupportedOperationException unavailable) {
            return Optional.empty();
        }
    }

    /** Writes the next marker; returns its sequence number, or empty if no descriptor leads to the pipe now. */
    OptionalLong write() {
        long next = sequence.incrementAndGet();
        byte[] digits = Long.toString(next).getBytes(StandardCharsets.US_ASCII);
        byte[] marker = new byte[prefix.length + digits.length + 1];
        System.arraycopy(prefix, 0, marker, 0, prefix.length);
        System.arraycopy(digits, 0, marker, prefix.length, digits.length);
        marker[marker.length - 1] = '\n';
        for (Path descriptor : descriptors) {
            if (writeThrough(descriptor, marker)) {
                return OptionalLong.of(next);
            }
        }
        return OptionalLong.empty();
    }

    private boolean writeThrough(Path descriptor, byte[] marker) {
        try {
            if (!Files.readSymbolicLink(descriptor).equals(pipe)) {
                return false;
            }
            // One write of less than PIPE_BUF bytes: the kernel never interleaves it with the process's writes.
            try (FileOutputStream out = new FileOutputStream(descriptor.toFile(), true)) {
                out.write(marker);
            }
            return true;
        } catch (IOException gone) {
            return false;
        }
    }
}
