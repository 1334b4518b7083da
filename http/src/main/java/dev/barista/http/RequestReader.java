package dev.barista.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads HTTP/1.1 requests, one after the other, from one connection: the request line and headers, then a body of
 * {@code Content-Length} bytes or in chunks. Its own buffer, no copying of a head into strings beyond what a request
 * needs. Not thread-safe: one connection thread reads.
 */
public final class RequestReader {
    public static final int MAXIMUM_HEAD_BYTES = 64 * 1024;

    private final InputStream input;
    private final long maximumBodyBytes;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    /** @param maximumBodyBytes a larger body is refused with 413 before any of it is read */
    public RequestReader(InputStream input, long maximumBodyBytes) {
        this.input = input;
        this.maximumBodyBytes = maximumBodyBytes;
    }

    /** The next request's head, or null when the connection ended cleanly between requests. */
    public RequestHead readHead() throws IOException {
        String requestLine = readLine(true);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = readLine(true); // Tolerated: an empty line before a request (RFC 9112, 2.2).
        }
        if (requestLine == null) {
            return null;
        }
        int firstSpace = requestLine.indexOf(' ');
        int lastSpace = requestLine.lastIndexOf(' ');
        if (firstSpace <= 0 || lastSpace <= firstSpace) {
            throw new MalformedRequest(400, "malformed request line");
        }
        String version = requestLine.substring(lastSpace + 1);
        if (!version.startsWith("HTTP/1.")) {
            throw new MalformedRequest(505, "unsupported HTTP version " + version);
        }
        List<HeaderField> fields = new ArrayList<>();
        int headBytes = requestLine.length();
        String line;
        while (!(line = requireLine()).isEmpty()) {
            headBytes += line.length();
            if (headBytes > MAXIMUM_HEAD_BYTES) {
                throw new MalformedRequest(431, "request head too large");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedRequest(400, "malformed header line");
            }
            fields.add(new HeaderField(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        RequestHead head = new RequestHead(requestLine.substring(0, firstSpace),
                requestLine.substring(firstSpace + 1, lastSpace), fields, true);
        String connection = head.header("connection");
        boolean keepAlive = version.equals("HTTP/1.0")
                ? "keep-alive".equalsIgnoreCase(connection) : !"close".equalsIgnoreCase(connection);
        return keepAlive ? head : new RequestHead(head.method(), head.target(), head.fields(), false);
    }

    /** Whether bytes of a next request have been read already (the client pipelined it): reading more won't block. */
    public boolean hasBuffered() {
        return limit > position;
    }

    /**
     * Whether a pipelined {@code GET} request has begun to arrive behind the one just read: its client did not wait
     * for the previous answer before sending it, and will send all of it without waiting.
     */
    public boolean nextGetStarted() {
        if (limit - position < 4) {
            return false;
        }
        return buffer[position] == 'G' && buffer[position + 1] == 'E' && buffer[position + 2] == 'T'
                && buffer[position + 3] == ' ';
    }

    /**
     * Refuses with 413 a request whose declared {@code Content-Length} is over the limit: called before a
     * {@code 100 Continue}, so that the client does not send a body that would be refused.
     */
    public void refuseOversizeBody(RequestHead request) throws MalformedRequest {
        if (declaredLength(request) > maximumBodyBytes) {
            throw new MalformedRequest(413, "request body too large");
        }
    }

    /** The body of the request whose head was just read: by length, in chunks, or empty. */
    public byte[] readBody(RequestHead request) throws IOException {
        String encoding = request.header("transfer-encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunks();
        }
        long bytes = declaredLength(request);
        if (bytes < 0) {
            throw new MalformedRequest(400, "malformed Content-Length");
        }
        if (bytes > maximumBodyBytes) {
            throw new MalformedRequest(413, "request body too large");
        }
        byte[] body = new byte[(int) bytes];
        readFully(body, 0, body.length);
        return body;
    }

    /** The request's {@code Content-Length} as a number (0 without one); 400 when it is not a number. */
    private static long declaredLength(RequestHead request) throws MalformedRequest {
        String length = request.header("content-length");
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length);
        } catch (NumberFormatException notANumber) {
            throw new MalformedRequest(400, "malformed Content-Length");
        }
    }

    private byte[] readChunks() throws IOException {
        byte[] body = new byte[0];
        int length = 0;
        while (true) {
            String sizeLine = requireLine();
            int extension = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            } catch (NumberFormatException notHex) {
                throw new MalformedRequest(400, "malformed chunk size");
            }
            if (size < 0 || (long) length + size > maximumBodyBytes) {
                throw new MalformedRequest(413, "request body too large");
            }
            if (size == 0) {
                while (!requireLine().isEmpty()) {
                    // Trailers are read and ignored.
                }
                return length == body.length ? body : Arrays.copyOf(body, length);
            }
            if (length + size > body.length) {
                body = Arrays.copyOf(body, Math.max(length + size, body.length * 2));
            }
            readFully(body, length, size);
            length += size;
            if (!requireLine().isEmpty()) {
                throw new MalformedRequest(400, "malformed chunk");
            }
        }
    }

    private String requireLine() throws IOException {
        String line = readLine(false);
        if (line == null) {
            throw new MalformedRequest(400, "connection closed within a request");
        }
        return line;
    }

    /** A line without its CR LF (or LF); null at the end of the stream before any byte of it. */
    private String readLine(boolean endAllowed) throws IOException {
        int start = position;
        while (true) {
            for (int index = start; index < limit; index++) {
                if (buffer[index] == '\n') {
                    int end = index > position && buffer[index - 1] == '\r' ? index - 1 : index;
                    String line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    position = index + 1;
                    return line;
                }
            }
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            if (limit == buffer.length) {
                throw new MalformedRequest(431, "request header line too long");
            }
            start = limit;
            int read = input.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                if (limit == 0 && endAllowed) {
                    return null;
                }
                throw new MalformedRequest(400, "connection closed within a request");
            }
            limit += read;
        }
    }

    private void readFully(byte[] target, int offset, int length) throws IOException {
        int buffered = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, buffered);
        position += buffered;
        int done = buffered;
        while (done < length) {
            int read = input.read(target, offset + done, length - done);
            if (read < 0) {
                throw new MalformedRequest(400, "connection closed within a request body");
            }
            done += read;
        }
    }
}
