package dev.barista.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Takes delivery markers out of a byte stream, wherever they are: a marker is a secret signature followed by an
 * 8-byte sequence number, written by the launcher into the same pipe as the process. One write of fewer than
 * PIPE_BUF bytes is never split, but it can land between two writes of the process, even inside one of its larger
 * writes; removing it from the bytes wherever it appears keeps the process's data intact. A marker is reported when
 * the reader comes back for bytes after everything written before it, so "reported" means "all before it was
 * consumed". The sequence {@link #STOP} ends the stream. Not thread-safe: one reader.
 */
final class MarkerFilter extends InputStream {
    static final long STOP = -1;
    private static final int CHUNK = 16 * 1024;

    private final InputStream input;
    private final byte[] signature;
    private final LongConsumer markers;
    private final byte[] held;
    private int heldLength;
    private byte[] output = new byte[CHUNK];
    private int outputStart;
    private int outputEnd;
    private long produced;
    private long consumed;
    private final ArrayDeque<long[]> pendingMarkers = new ArrayDeque<>();
    private final byte[] chunk = new byte[CHUNK];
    private boolean stopped;

    MarkerFilter(InputStream input, byte[] signature, LongConsumer markers) {
        this.input = input;
        this.signature = signature.clone();
        this.markers = markers;
        this.held = new byte[signature.length + Long.BYTES];
    }

    /** The bytes of the marker with this sequence number. */
    static byte[] marker(byte[] signature, long sequence) {
        byte[] marker = Arrays.copyOf(signature, signature.length + Long.BYTES);
        for (int index = 0; index < Long.BYTES; index++) {
            marker[signature.length + index] = (byte) (sequence >>> (56 - 8 * index));
        }
        return marker;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            // InputStream.readNBytes asks for nothing after a full read: that is not coming back for more.
            return 0;
        }
        while (true) {
            reportReachedMarkers();
            if (stopped) {
                return -1;
            }
            long untilMarker = pendingMarkers.isEmpty() ? Long.MAX_VALUE : pendingMarkers.peek()[0] - consumed;
            if (outputStart < outputEnd && untilMarker > 0) {
                int count = (int) Math.min(Math.min(length, outputEnd - outputStart), untilMarker);
                System.arraycopy(output, outputStart, buffer, offset, count);
                outputStart += count;
                consumed += count;
                return count;
            }
            int read = input.read(chunk);
            if (read < 0) {
                return -1;
            }
            for (int index = 0; index < read; index++) {
                accept(chunk[index]);
            }
        }
    }

    private void accept(byte value) {
        held[heldLength++] = value;
        while (heldLength > 0) {
            if (heldLength > signature.length) {
                if (heldLength == held.length) {
                    long sequence = 0;
                    for (int index = signature.length; index < held.length; index++) {
                        sequence = (sequence << 8) | (held[index] & 0xFF);
                    }
                    pendingMarkers.add(new long[] {produced, sequence});
                    heldLength = 0;
                }
                return;
            }
            if (Arrays.equals(held, 0, heldLength, signature, 0, heldLength)) {
                return;
            }
            emit(held[0]);
            System.arraycopy(held, 1, held, 0, --heldLength);
        }
    }

    private void emit(byte value) {
        if (outputEnd == output.length) {
            if (outputStart > 0) {
                System.arraycopy(output, outputStart, output, 0, outputEnd - outputStart);
                outputEnd -= outputStart;
                outputStart = 0;
            } else {
                output = Arrays.copyOf(output, output.length * 2);
            }
        }
        output[outputEnd++] = value;
        produced++;
    }

    private void reportReachedMarkers() {
        while (!pendingMarkers.isEmpty() && pendingMarkers.peek()[0] <= consumed) {
            long sequence = pendingMarkers.poll()[1];
            if (sequence == STOP) {
                stopped = true;
                return;
            }
            markers.accept(sequence);
        }
    }
}
