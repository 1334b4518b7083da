package dev.barista.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A connection's input that knows since when its reader has been waiting for bytes, so that an idle connection can
 * be closed by a watcher instead of by a timed read (a timed JDK socket read costs a failed read and a {@code poll}
 * each time it has to wait). Thread-safe for one reader and any number of watchers.
 */
final class WaitingInput extends FilterInputStream {
    /** {@link System#nanoTime} when the read under way began, or 0 when none is. */
    private volatile long waitingSince;

    WaitingInput(InputStream input) {
        super(input);
    }

    @Override
    public int read() throws IOException {
        waitingSince = now();
        try {
            return in.read();
        } finally {
            waitingSince = 0;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        waitingSince = now();
        try {
            return in.read(buffer, offset, length);
        } finally {
            waitingSince = 0;
        }
    }

    /** Whether a read under way has waited longer than {@code nanos} at {@code nanoTime}. */
    boolean waitedLonger(long nanos, long nanoTime) {
        long since = waitingSince;
        return since != 0 && nanoTime - since > nanos;
    }

    private static long now() {
        long now = System.nanoTime();
        return now == 0 ? 1 : now;
    }
}
