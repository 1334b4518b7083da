package dev.barista.runtime;

import dev.barista.core.environment.LogSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/**
 * Copies a process's output into its log sink one line at a time, on one daemon thread, and never stops reading
 * (a full pipe would block the function). The launcher merges stderr into stdout, so the order between them is
 * the order the process wrote in.
 *
 * <p>Delivery is confirmed by markers: {@link OutputMarker} writes {@code <marker prefix><sequence>\n} into the
 * same pipe, behind everything the process wrote before; when the pump reads it, all of that has been delivered.
 * Markers never reach the sink. Thread-safe.
 */
final class OutputPump {
    private static final int MAXIMUM_LINE_BYTES = 256 * 1024;
    private static final int READ_BUFFER_BYTES = 16 * 1024;

    private final InputStream output;
    private final LogSink sink;
    private final byte[] markerPrefix;
    private final Set<String> hiddenLines;
    private final MarkerProgress progress = new MarkerProgress();
    private volatile boolean silenced;
    private byte[] line = new byte[256];
    private int length;

    private OutputPump(InputStream output, LogSink sink, byte[] markerPrefix, Set<String> hiddenLines) {
        this.output = output;
        this.sink = sink;
        this.markerPrefix = markerPrefix.clone();
        this.hiddenLines = Set.copyOf(hiddenLines);
    }

    /** @param hiddenLines lines that the platform, not the function, makes the process write */
    static OutputPump start(String environmentId, InputStream output, LogSink sink, byte[] markerPrefix,
            Set<String> hiddenLines) {
        OutputPump pump = new OutputPump(output, sink, markerPrefix, hiddenLines);
        Thread.ofPlatform().name("barista-output-" + environmentId).daemon().stackSize(256 * 1024)
                .start(pump::run);
        return pump;
    }

    /** Waits until the marker with this sequence number has been read, or the output has ended. */
    boolean awaitMarker(long sequence, Duration timeout) {
        return progress.await(sequence, timeout);
    }

    /** Runs {@code action} on the pump's thread once the marker has been read (or the output has ended). */
    void whenMarker(long sequence, Runnable action) {
        progress.whenReached(sequence, action);
    }

    /** Waits until the process and every descendant holding the pipe have closed it. */
    boolean awaitEnd(Duration timeout) {
        return progress.awaitEnd(timeout);
    }

    /** Stops delivering lines (they are still read): used while a destroyed process writes its last words. */
    void silence() {
        silenced = true;
    }

    private void run() {
        byte[] buffer = new byte[READ_BUFFER_BYTES];
        try (output) {
            int read;
            while ((read = output.read(buffer)) != -1) {
                for (int index = 0; index < read; index++) {
                    accept(buffer[index]);
                }
            }
        } catch (IOException closed) {
            // The stream was closed under us: the environment is being destroyed.
        } finally {
            if (length > 0) {
                deliver(length);
            }
            progress.end();
        }
    }

    private void accept(byte value) {
        if (value == '\n') {
            endLine();
            return;
        }
        if (length == line.length) {
            if (length >= MAXIMUM_LINE_BYTES) {
                deliver(length);
            } else {
                line = Arrays.copyOf(line, Math.min(line.length * 2, MAXIMUM_LINE_BYTES));
            }
        }
        line[length++] = value;
    }

    private void endLine() {
        int markerAt = markerStart();
        if (markerAt < 0) {
            deliver(length > 0 && line[length - 1] == '\r' ? length - 1 : length);
            return;
        }
        long sequence = Long.parseLong(new String(line, markerAt + markerPrefix.length,
                length - markerAt - markerPrefix.length, StandardCharsets.US_ASCII));
        // A line the process had begun but not ended belongs to the invocation that is ending.
        if (markerAt > 0) {
            deliver(markerAt);
        } else {
            length = 0;
        }
        progress.reached(sequence);
    }

    /** Where a marker starts if the current line ends with one ({@code prefix} then digits), else -1. */
    private int markerStart() {
        int digits = 0;
        while (digits < length && Character.isDigit(line[length - 1 - digits])) {
            digits++;
        }
        int start = length - digits - markerPrefix.length;
        if (digits == 0 || digits > 18 || start < 0) {
            return -1;
        }
        return Arrays.equals(line, start, start + markerPrefix.length, markerPrefix, 0, markerPrefix.length)
                ? start : -1;
    }

    private void deliver(int end) {
        String text = new String(line, 0, end, StandardCharsets.UTF_8);
        length = 0;
        if (silenced || hiddenLines.contains(text)) {
            return;
        }
        try {
            sink.accept(text);
        } catch (RuntimeException sinkFailure) {
            // The sink's problem must not stop the reading, or the process would block on a full pipe.
        }
    }
}
