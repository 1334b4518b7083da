package dev.barista.runtime;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.Pipe;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipe a process writes its output (stdout and stderr) into, with a read end that can be selected: a
 * {@link Pipe} whose write end the process gets through {@code /proc/self/fd/<n>} ({@link #redirect}), since the
 * JDK names no descriptor. The number is found as the one write-only pipe descriptor that {@link Pipe#open} added
 * to {@code /proc/self/fd} (two listings, about 1 ms with 600 descriptors open; a standby process makes its pipe
 * ahead of its cold start); should another thread open or close descriptors meanwhile, the pipe is made again.
 *
 * <p>{@link #closeWriteEnd} must be called once the process has started: the output ends when every write end is
 * closed, the server's own included.
 */
record OutputPipe(Pipe.SourceChannel readEnd, Pipe.SinkChannel writeEnd, int writeDescriptor) implements AutoCloseable {
    private static final Path DESCRIPTORS = Path.of("/proc/self/fd");
    private static final int ATTEMPTS = 8;
    private static final Object OPENING = new Object();

    /** A new pipe; the read end is in blocking mode until someone selects it. */
    static OutputPipe open() throws IOException {
        synchronized (OPENING) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Set<Integer> before;
                Pipe pipe;
                // The listing stays open while the pipe is made: its own descriptor cannot be one of the pipe's.
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(DESCRIPTORS)) {
                    before = descriptors(entries);
                    pipe = Pipe.open();
                }
                Set<Integer> added;
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(DESCRIPTORS)) {
                    added = descriptors(entries);
                }
                added.removeAll(before);
                Integer writeDescriptor = onlyWriteEnd(added);
                if (writeDescriptor != null) {
                    return new OutputPipe(pipe.source(), pipe.sink(), writeDescriptor);
                }
                pipe.source().close();
                pipe.sink().close();
            }
        }
        throw new IOException("cannot tell the descriptor of a new pipe in " + DESCRIPTORS);
    }

    /** Where the process's stdout goes (stderr too, merged): this pipe. */
    Redirect redirect() {
        return Redirect.appendTo(new File(DESCRIPTORS.toFile(),
                Integer.toString(writeDescriptor)));
    }

    /** Closes the server's write end: the process (and its descendants) hold the others. Idempotent. */
    void closeWriteEnd() {
        try {
            writeEnd.close();
        } catch (IOException ignored) {
            // Closed is what was wanted.
        }
    }

    /** Closes both ends. Idempotent. */
    @Override
    public void close() {
        closeWriteEnd();
        try {
            readEnd.close();
        } catch (IOException ignored) {
            // Closed is what was wanted.
        }
    }

    private static Set<Integer> descriptors(DirectoryStream<Path> entries) {
        Set<Integer> descriptors = new HashSet<>();
        for (Path entry : entries) {
            descriptors.add(Integer.parseInt(entry.getFileName().toString()));
        }
        return descriptors;
    }

    /**
     * The write end of the one pipe among {@code added} whose two ends both are there, or null if there is not
     * exactly one such pipe.
     */
    private static Integer onlyWriteEnd(Set<Integer> added) {
        Map<String, List<Integer>> byPipe = new HashMap<>();
        for (int descriptor : added) {
            try {
                String target = Files.readSymbolicLink(DESCRIPTORS.resolve(Integer.toString(descriptor))).toString();
                if (target.startsWith("pipe:")) {
                    byPipe.computeIfAbsent(target, ignored -> new ArrayList<>()).add(descriptor);
                }
            } catch (NoSuchFileException closedMeanwhile) {
                // Another thread's descriptor, already closed.
            } catch (IOException unreadable) {
                return null;
            }
        }
        if (byPipe.size() != 1) {
            return null;
        }
        List<Integer> ends = byPipe.values().iterator().next();
        if (ends.size() != 2) {
            return null;
        }
        Integer writeEnd = null;
        for (int descriptor : ends) {
            if (writeOnly(descriptor)) {
                if (writeEnd != null) {
                    return null;
                }
                writeEnd = descriptor;
            }
        }
        return writeEnd;
    }

    /** Whether {@code /proc/self/fdinfo/<descriptor>} gives it the access mode O_WRONLY. */
    private static boolean writeOnly(int descriptor) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", Integer.toString(descriptor)))) {
                if (line.startsWith("flags:")) {
                    return (Integer.parseInt(line.substring("flags:".length()).trim(), 8) & 3) == 1;
                }
            }
        } catch (IOException | NumberFormatException unreadable) {
            return false;
        }
        return false;
    }
}
