package dev.barista.runtime.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * A socket channel that stays in non-blocking mode, read and written as if blocking: a read or write that cannot
 * proceed waits on a selector of its own (one for reading, one for writing, opened when first needed), so that a
 * wait may have a deadline and a look whether the peer closed costs one read, without switching the socket's mode
 * (a JDK socket switches it with two {@code fcntl} calls each way, around every timed read: twelve calls per invoke
 * before, ADR 0016).
 *
 * <p>One thread reads at a time and one writes at a time (the connection's turn and lock see to it); {@link #close}
 * may come from any thread and ends a wait in progress.
 */
final class SelectingSocket implements AutoCloseable {
    private final SocketChannel channel;
    private final Input input = new Input();
    private final Selector reading;
    private Selector writing;
    /** A byte that {@link #probe} read, given to the next read. */
    private int kept = -1;
    /** When a read's wait ends with {@link SocketTimeoutException} ({@link System#nanoTime}); 0 for never. */
    private long readDeadline;
    private volatile boolean closed;

    SelectingSocket(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        this.reading = Selector.open();
        channel.register(reading, SelectionKey.OP_READ);
    }

    /** The bytes the peer sends; a read waits for some, until the read deadline if one is set. */
    InputStream input() {
        return input;
    }

    /** Reads from now on end with {@link SocketTimeoutException} once {@code nanoTime} has passed. */
    void readDeadline(long nanoTime) {
        readDeadline = nanoTime == 0 ? 1 : nanoTime;
    }

    /** Reads wait as long as it takes from now on. */
    void clearReadDeadline() {
        readDeadline = 0;
    }

    /**
     * Waits at most {@code nanos} (0: without limit) until a read would not wait: bytes arrived, or the peer closed.
     * Consumes nothing. False when the time passed first.
     */
    boolean awaitReadable(long nanos) throws IOException {
        if (kept >= 0) {
            return true;
        }
        long millis = nanos == 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos));
        return select(reading, millis) > 0;
    }

    /**
     * Whether the peer has closed the connection, found by one read that does not wait; a byte it sent meanwhile is
     * kept for the next read.
     */
    boolean peerClosed() {
        if (kept >= 0) {
            return false;
        }
        try {
            ByteBuffer one = ByteBuffer.allocate(1);
            int read = channel.read(one);
            if (read == 1) {
                kept = one.get(0) & 0xFF;
            }
            return read < 0;
        } catch (IOException broken) {
            return true;
        }
    }

    /** Writes all of {@code bytes}, waiting while the peer's window is full. */
    void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.write(buffer) == 0) {
                select(writeSelector(), 0);
            }
        }
    }

    private synchronized Selector writeSelector() throws IOException {
        if (writing == null) {
            if (closed) {
                throw new ClosedChannelException();
            }
            writing = Selector.open();
            channel.register(writing, SelectionKey.OP_WRITE);
        }
        return writing;
    }

    /** Closes the channel and its selectors: a wait in progress ends with an {@link IOException}. Idempotent. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(channel);
        // Closing a selector wakes a thread that waits on it and deregisters the channel, which frees its descriptor.
        closeQuietly(reading);
        Selector writer;
        synchronized (this) {
            writer = writing;
        }
        if (writer != null) {
            closeQuietly(writer);
        }
    }

    private int select(Selector selector, long millis) throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
        try {
            int ready = selector.select(millis);
            selector.selectedKeys().clear();
            if (closed) {
                throw new ClosedChannelException();
            }
            if (ready == 0 && Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted while waiting on the runtime's connection");
            }
            return ready;
        } catch (ClosedSelectorException closedMeanwhile) {
            throw new ClosedChannelException();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all that was wanted.
        }
    }

    private final class Input extends InputStream {
        private final byte[] one = new byte[1];

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (kept >= 0) {
                buffer[offset] = (byte) kept;
                kept = -1;
                return 1;
            }
            ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
            while (true) {
                int read = channel.read(target);
                if (read != 0) {
                    return read;
                }
                long wait = 0;
                if (readDeadline != 0) {
                    wait = readDeadline - System.nanoTime();
                    if (wait <= 0) {
                        throw new SocketTimeoutException("the read deadline passed");
                    }
                }
                awaitReadable(wait);
            }
        }
    }
}
