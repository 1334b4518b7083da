package dev.barista.runtime;

import dev.barista.core.environment.LogSink;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The log channel of AWS's Java runtime interface client: with {@code _LAMBDA_TELEMETRY_LOG_FD} set, its
 * {@code LambdaLogger} (the context's logger, and the Log4j2/SLF4J appenders built on it) writes each record as one
 * frame (a 16-byte header: {@code 0xA55A....} type, length, timestamp; then the message) to that descriptor, so a
 * multi-line record stays one log event, as on Lambda. Plain {@code System.out}/{@code System.err} output still
 * goes to the output pipe, one event per line (a stack trace printed with {@code printStackTrace()} is one event
 * per line on Lambda too).
 *
 * <p>The descriptor is a FIFO in the environment's directory, which the launcher holds open for reading and
 * writing (so opening it never blocks) and the startup script opens as descriptor 3. Delivery is confirmed with
 * markers written into the FIFO, as {@link OutputMarker} does for the output pipe ({@link MarkerFilter}). One daemon
 * thread reads frames into the log sink. Thread-safe.
 */
final class TelemetryChannel implements AutoCloseable {
    static final int DESCRIPTOR = 3;
    private static final int FRAME_MAGIC = 0xA55A0000;
    private static final int MAXIMUM_FRAME_BYTES = 16 * 1024 * 1024;

    private final Path fifo;
    private final RandomAccessFile file;
    private final byte[] signature;
    private final AtomicLong sequence = new AtomicLong();
    private final MarkerProgress progress = new MarkerProgress();

    private TelemetryChannel(Path fifo, RandomAccessFile file, byte[] signature) {
        this.fifo = fifo;
        this.file = file;
        this.signature = signature;
    }

    /**
     * Makes the FIFO and starts reading it; empty when no FIFO can be made here (the client then logs to stdout).
     *
     * @param signature the launcher's secret marker signature (16 bytes, never a frame header)
     */
    static Optional<TelemetryChannel> open(String environmentId, Path fifo, LogSink sink, byte[] signature) {
        return makeFifo(fifo) ? attach(environmentId, fifo, sink, signature) : Optional.empty();
    }

    /** Makes the FIFO, readable and writable by this user only; false if it cannot be made here. */
    static boolean makeFifo(Path fifo) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString())
                    .redirectErrorStream(true).start();
            if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                mkfifo.destroyForcibly();
                return false;
            }
            return true;
        } catch (IOException unavailable) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Starts reading a FIFO {@link #makeFifo} made; empty if it cannot be opened. */
    static Optional<TelemetryChannel> attach(String environmentId, Path fifo, LogSink sink, byte[] signature) {
        try {
            TelemetryChannel channel = new TelemetryChannel(fifo, new RandomAccessFile(fifo.toFile(), "rw"),
                    signature);
            Thread.ofPlatform().name("barista-telemetry-" + environmentId).daemon().stackSize(256 * 1024)
                    .start(() -> channel.run(sink));
            return Optional.of(channel);
        } catch (IOException unavailable) {
            return Optional.empty();
        }
    }

    /** The startup step that makes the FIFO the process's descriptor {@value #DESCRIPTOR}. */
    String startupStep() {
        return "exec " + DESCRIPTOR + ">" + StartupScript.quote(fifo.toString());
    }

    /** Writes the next marker; returns its sequence number, or -1 if the FIFO cannot be written. */
    long writeMarker() {
        long next = sequence.incrementAndGet();
        return write(next) ? next : -1;
    }

    /** Waits until every frame written before the marker has reached the sink, or the channel has ended. */
    boolean awaitMarker(long marker, Duration timeout) {
        return progress.await(marker, timeout);
    }

    /** Runs {@code action} on the reading thread once the marker has been read (or the channel has ended). */
    void whenMarker(long marker, Runnable action) {
        progress.whenReached(marker, action);
    }

    /** Delivers what the process wrote, then stops reading and removes the FIFO. Call once the process is gone. */
    @Override
    public void close() {
        write(MarkerFilter.STOP);
        progress.awaitEnd(Duration.ofSeconds(5));
        try {
            file.close();
            Files.deleteIfExists(fifo);
        } catch (IOException ignored) {
            // The environment's directory, the FIFO with it, is deleted next.
        }
    }

    private boolean write(long marker) {
        try {
            // One write of 24 bytes: the kernel never splits it, whatever the process writes meanwhile.
            synchronized (file) {
                file.write(MarkerFilter.marker(signature, marker));
            }
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private void run(LogSink sink) {
        MarkerFilter filter;
        try {
            filter = new MarkerFilter(new FileInputStream(file.getFD()), signature, progress::reached);
        } catch (IOException closed) {
            progress.end();
            return;
        }
        try (DataInputStream frames = new DataInputStream(filter)) {
            boolean deliver = true;
            while (true) {
                int type = frames.readInt();
                int length = frames.readInt();
                long micros = frames.readLong();
                if ((type & 0xFFFF0000) != FRAME_MAGIC || length < 0 || length > MAXIMUM_FRAME_BYTES) {
                    // Not a frame: the stream can no longer be followed. Keep reading, so the process never blocks.
                    deliver = false;
                    continue;
                }
                byte[] payload = frames.readNBytes(length);
                if (deliver) {
                    deliver(sink, payload, Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                            Math.floorMod(micros, 1_000_000L) * 1_000L));
                }
            }
        } catch (EOFException stopped) {
            // The stop marker, written once the process is gone.
        } catch (IOException closed) {
            // The FIFO was closed under us.
        } finally {
            progress.end();
        }
    }

    private static void deliver(LogSink sink, byte[] payload, Instant writtenAt) {
        String message = new String(payload, StandardCharsets.UTF_8);
        try {
            sink.accept(message.endsWith("\n") ? message.substring(0, message.length() - 1) : message, writtenAt);
        } catch (RuntimeException sinkFailure) {
            // The sink's problem must not stop the reading, or the process would block on a full FIFO.
        }
    }
}
