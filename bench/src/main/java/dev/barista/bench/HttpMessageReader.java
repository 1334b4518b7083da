package dev.barista.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads HTTP/1.1 messages (requests or responses) one after another from a stream, for the relay floor: the head
 * up to the blank line, then a body of exactly {@code Content-Length} bytes (none when the header is absent). No
 * chunked encoding, no header kept but the length. Bytes after a message (a pipelined next message) stay buffered
 * for the next call. The buffer is allocated once and only grows for a message larger than it.
 *
 * <p>Not thread-safe: one reader per connection and thread.
 */
final class HttpMessageReader {
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final InputStream in;
    private byte[] buffer;
    private int position;
    private int limit;
    private int headStart;
    private int bodyStart;
    private int bodyLength;

    HttpMessageReader(InputStream in, int capacity) {
        this.in = in;
        this.buffer = new byte[capacity];
    }

    /**
     * Reads the next message. Returns false when the stream ends before a message begins; throws
     * {@link EOFException} when it ends inside one. The body is valid until the next call.
     */
    boolean next() throws IOException {
        // Compact: the previous message is consumed.
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        int scan = 0;
        int headEnd;
        while (true) {
            headEnd = indexOfBlankLine(scan);
            if (headEnd >= 0) {
                break;
            }
            scan = Math.max(0, limit - 3);
            if (!fill()) {
                if (limit == 0) {
                    return false;
                }
                throw new EOFException("stream ended inside an HTTP head");
            }
        }
        headStart = 0;
        bodyLength = contentLength(0, headEnd);
        bodyStart = headEnd + 4;
        while (limit < bodyStart + bodyLength) {
            if (!fill()) {
                throw new EOFException("stream ended inside an HTTP body");
            }
        }
        position = bodyStart + bodyLength;
        return true;
    }

    byte[] buffer() {
        return buffer;
    }

    int bodyOffset() {
        return bodyStart;
    }

    int bodyLength() {
        return bodyLength;
    }

    /** The first line of the message just read (allocates: for tests and error messages). */
    String startLine() {
        int end = headStart;
        while (end < bodyStart && buffer[end] != '\r' && buffer[end] != '\n') {
            end++;
        }
        return new String(buffer, headStart, end - headStart, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Index of the CRLFCRLF ending the head, searching from {@code from}; -1 if not buffered yet. */
    private int indexOfBlankLine(int from) {
        for (int i = from; i + 3 < limit; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The Content-Length of the head in [start, end), 0 when absent. */
    private int contentLength(int start, int end) throws IOException {
        int line = start;
        while (line < end) {
            int lineEnd = line;
            while (lineEnd < end && buffer[lineEnd] != '\r') {
                lineEnd++;
            }
            if (AsciiBytes.startsWithIgnoreCase(buffer, line, lineEnd, CONTENT_LENGTH)) {
                long value = 0;
                boolean digits = false;
                for (int i = line + CONTENT_LENGTH.length; i < lineEnd; i++) {
                    byte c = buffer[i];
                    if (c >= '0' && c <= '9') {
                        value = value * 10 + (c - '0');
                        digits = true;
                        if (value > Integer.MAX_VALUE - 16) {
                            throw new IOException("Content-Length too large");
                        }
                    } else if (c != ' ' && c != '\t') {
                        throw new IOException("bad Content-Length");
                    }
                }
                if (!digits) {
                    throw new IOException("bad Content-Length");
                }
                return (int) value;
            }
            line = lineEnd + 2;
        }
        return 0;
    }

    /** Reads more bytes after {@code limit} (growing a full buffer); false at the end of the stream. */
    private boolean fill() throws IOException {
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }
}
