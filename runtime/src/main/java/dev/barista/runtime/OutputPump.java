package dev.barista.runtime;

import dev.barista.core.environment.LogSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Copies a process's output into its log sink one line at a time and never leaves it unread for long (a full pipe
 * would block the function). The launcher merges stderr into stdout, so the order between them is the order the
 * process wrote in.
 *
 * <p>Two readers share the pipe, one at a time, under a lock that also covers delivery: a daemon thread that waits
 * until the pipe has bytes (selecting it takes none) and reads them, and {@link #drain}, called by the thread that
 * has just read the process's answer. Whatever the process wrote before it answered is then in the pipe or already
 * delivered, so the drain delivers the rest without waking anybody (ADR 0014). The thread, once woken, lets output
 * gather for a millisecond before it reads, so that a function printing line by line does not wake it per line.
 * Thread-safe.
 */
final class OutputPump {
    private static final int MAXIMUM_LINE_BYTES = 256 * 1024;
    private static final int READ_BUFFER_BYTES = 16 * 1024;
    /**
     * How long the thread lets output gather after the pipe has become readable: a function printing line by line
     * then costs one or two wake-ups of it, not one per line, and the invocation's drain usually finds the lines
     * first. After a read that filled the buffer (a heavy writer) it reads again at once.
     */
    private static final long GATHERING_NANOS = 1_000_000;

    private final Pipe.SourceChannel output;
    private final Selector selector;
    private final LogSink sink;
    private final Set<String> hiddenLines;
    private final ReentrantLock reading = new ReentrantLock();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER_BYTES);
    private volatile boolean silenced;
    private boolean atEnd;
    /** The most bytes one read of the thread's last turn returned: the pipe was full when it filled the buffer. */
    private int lastRead;
    private byte[] line = new byte[256];
    private int length;

    private OutputPump(Pipe.SourceChannel output, Selector selector, LogSink sink, Set<String> hiddenLines) {
        this.output = output;
        this.selector = selector;
        this.sink = sink;
        this.hiddenLines = Set.copyOf(hiddenLines);
    }

    /** @param hiddenLines lines that the platform, not the function, makes the process write */
    static OutputPump start(String environmentId, Pipe.SourceChannel output, LogSink sink, Set<String> hiddenLines) {
        Selector selector;
        try {
            selector = Selector.open();
            output.configureBlocking(false);
            output.register(selector, SelectionKey.OP_READ);
        } catch (IOException failure) {
            throw new IllegalStateException("cannot select a process's output", failure);
        }
        OutputPump pump = new OutputPump(output, selector, sink, hiddenLines);
        Thread.ofPlatform().name("barista-output-" + environmentId).daemon().stackSize(256 * 1024)
                .start(pump::run);
        return pump;
    }

    /**
     * Delivers everything the pipe holds now, with a line the process has begun but not ended: it belongs to the
     * invocation that is ending.
     */
    void drain() {
        reading.lock();
        try {
            readAvailable();
            if (length > 0) {
                deliver(length);
            }
        } finally {
            reading.unlock();
        }
    }

    /** Waits until the process and every descendant holding the pipe have closed it. */
    boolean awaitEnd(Duration timeout) {
        try {
            return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops delivering lines (they are still read): used while a destroyed process writes its last words. */
    void silence() {
        silenced = true;
    }

    private void run() {
        try (selector; output) {
            while (true) {
                selector.select();
                selector.selectedKeys().clear();
                if (lastRead < READ_BUFFER_BYTES) {
                    LockSupport.parkNanos(GATHERING_NANOS);
                }
                reading.lock();
                try {
                    lastRead = readAvailable();
                    if (atEnd) {
                        return;
                    }
                } finally {
                    reading.unlock();
                }
            }
        } catch (IOException | RuntimeException closed) {
            // The pipe was closed under us: the environment is being destroyed.
        } finally {
            reading.lock();
            try {
                atEnd = true;
                if (length > 0) {
                    deliver(length);
                }
            } finally {
                reading.unlock();
            }
            ended.countDown();
        }
    }

    /** Reads until the pipe is empty or ended, under the lock; returns the most one read returned. */
    private int readAvailable() {
        if (atEnd) {
            return 0;
        }
        int most = 0;
        try {
            int read;
            while ((read = output.read(buffer.clear())) > 0) {
                most = Math.max(most, read);
                byte[] bytes = buffer.array();
                for (int index = 0; index < read; index++) {
                    accept(bytes[index]);
                }
            }
            if (read < 0) {
                atEnd = true;
                selector.wakeup();
            }
        } catch (IOException closed) {
            atEnd = true;
            selector.wakeup();
        }
        return most;
    }

    private void accept(byte value) {
        if (value == '\n') {
            deliver(length > 0 && line[length - 1] == '\r' ? length - 1 : length);
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
