package dev.barista.runtime;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes delivery markers for {@link OutputPump} into a process's output pipe. When the process starts, its stderr
 * ({@code /proc/<pid>/fd/2}; the cgroup wrapper's {@code echo} briefly redirects its stdout) is identified as the
 * pipe, and the launcher opens its own write end of that pipe through it: a marker then costs one {@code write},
 * goes into that pipe whatever the process later does with its descriptors (a shell pointing them elsewhere while a
 * command with a redirection runs), and never into anything the process has opened itself. Because this write end
 * keeps the pipe open, {@link #close} must be called once the process has exited, or the pump never sees the end.
 */
final class OutputMarker implements AutoCloseable {
    private final FileOutputStream pipe;
    private final byte[] prefix;
    private final AtomicLong sequence = new AtomicLong();
    private volatile boolean closed;

    private OutputMarker(FileOutputStream pipe, byte[] prefix) {
        this.pipe = pipe;
        this.prefix = prefix.clone();
    }

    /** Opens a write end of a just-started process's output pipe, or empty if the process is already gone. */
    static Optional<OutputMarker> attach(long pid, byte[] prefix) {
        Path stderr = Path.of("/proc", Long.toString(pid), "fd", "2");
        try {
            if (!Files.readSymbolicLink(stderr).toString().startsWith("pipe:")) {
                return Optional.empty();
            }
            return Optional.of(new OutputMarker(new FileOutputStream(stderr.toFile(), true), prefix));
        } catch (IOException | UnsupportedOperationException unavailable) {
            return Optional.empty();
        }
    }

    /** Writes the next marker; returns its sequence number, or empty once closed. */
    OptionalLong write() {
        if (closed) {
            return OptionalLong.empty();
        }
        long next = sequence.incrementAndGet();
        byte[] digits = Long.toString(next).getBytes(StandardCharsets.US_ASCII);
        byte[] marker = new byte[prefix.length + digits.length + 1];
        System.arraycopy(prefix, 0, marker, 0, prefix.length);
        System.arraycopy(digits, 0, marker, prefix.length, digits.length);
        marker[marker.length - 1] = '\n';
        try {
            // One write of less than PIPE_BUF bytes: the kernel never interleaves it with the process's writes.
            pipe.write(marker);
            return OptionalLong.of(next);
        } catch (IOException gone) {
            return OptionalLong.empty();
        }
    }

    /** Closes the launcher's write end, so that the pipe ends when the process and its descendants close theirs. */
    @Override
    public void close() {
        closed = true;
        try {
            pipe.close();
        } catch (IOException ignored) {
            // Closed is what was wanted.
        }
    }
}
