package dev.barista.bench;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 keep-alive connection over a plain {@link Socket}, for a load generator that must cost little CPU:
 * requests are pre-built byte arrays, and the response parser reads the status line and only the headers it needs
 * ({@code Content-Length}, {@code Transfer-Encoding: chunked}, {@code Connection: close}). {@link #exchange} allocates
 * nothing; {@link #exchangeFull} also keeps the headers and the body, for the control plane and cold starts.
 *
 * <p>Not thread-safe: one connection per client thread.
 */
final class HttpConnection implements Closeable {
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRANSFER_ENCODING = "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION = "connection:".getBytes(StandardCharsets.US_ASCII);

    /** A response with its headers (names in lower case) and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final InetSocketAddress address;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    // The response being parsed.
    private long contentLength;
    private boolean chunked;
    private boolean closeAfter;
    private Map<String, String> headers;
    private byte[] body;

    HttpConnection(InetSocketAddress address) throws IOException {
        this.address = address;
        connect();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, 5_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        position = 0;
        limit = 0;
    }

    /** Reopens the connection, after an I/O failure or a {@code Connection: close}. */
    void reconnect() throws IOException {
        closeQuietly();
        connect();
    }

    /** Sends a request and reads its response, discarding the body; returns the status. */
    int exchange(byte[] request) throws IOException {
        return exchange(request, false);
    }

    /** Sends a request and reads its whole response. */
    Response exchangeFull(byte[] request) throws IOException {
        int status = exchange(request, true);
        return new Response(status, headers, body);
    }

    private int exchange(byte[] request, boolean keep) throws IOException {
        if (socket.isClosed()) {
            connect();
        }
        out.write(request);
        out.flush();
        int status = readHead(keep);
        if (status == 204 || status == 304 || status < 200) {
            body = keep ? new byte[0] : null; // No body, and no Content-Length either (RFC 9110, 8.6).
        } else {
            readBody(keep);
        }
        if (closeAfter) {
            reconnect();
        }
        return status;
    }

    private int readHead(boolean keep) throws IOException {
        contentLength = -1;
        chunked = false;
        closeAfter = false;
        headers = keep ? new LinkedHashMap<>() : null;
        body = null;
        int lineStart = readLine();
        int lineEnd = this.lineEnd;
        // "HTTP/1.1 200 OK"
        if (lineEnd - lineStart < 12 || buffer[lineStart] != 'H') {
            throw new IOException("not an HTTP status line: "
                    + new String(buffer, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1));
        }
        int status = (buffer[lineStart + 9] - '0') * 100 + (buffer[lineStart + 10] - '0') * 10
                + (buffer[lineStart + 11] - '0');
        while (true) {
            int start = readLine();
            int end = this.lineEnd;
            if (start == end) {
                return status;
            }
            if (AsciiBytes.startsWithIgnoreCase(buffer, start, end, CONTENT_LENGTH)) {
                contentLength = parseLong(start + CONTENT_LENGTH.length, end);
            } else if (AsciiBytes.startsWithIgnoreCase(buffer, start, end, TRANSFER_ENCODING)) {
                chunked = contains(start, end, "chunked");
            } else if (AsciiBytes.startsWithIgnoreCase(buffer, start, end, CONNECTION)) {
                closeAfter = contains(start, end, "close");
            }
            if (keep) {
                int colon = start;
                while (colon < end && buffer[colon] != ':') {
                    colon++;
                }
                String name = new String(buffer, start, colon - start, StandardCharsets.ISO_8859_1)
                        .toLowerCase(Locale.ROOT);
                String value = colon < end
                        ? new String(buffer, colon + 1, end - colon - 1, StandardCharsets.ISO_8859_1).trim() : "";
                headers.put(name, value);
            }
        }
    }

    private void readBody(boolean keep) throws IOException {
        if (chunked) {
            java.io.ByteArrayOutputStream collected = keep ? new java.io.ByteArrayOutputStream() : null;
            while (true) {
                int start = readLine();
                int end = lineEnd;
                int semicolon = start;
                while (semicolon < end && buffer[semicolon] != ';') {
                    semicolon++;
                }
                long size = Long.parseLong(new String(buffer, start, semicolon - start,
                        StandardCharsets.ISO_8859_1).trim(), 16);
                if (size == 0) {
                    // Trailers end with an empty line.
                    while (readLine() != lineEnd) {
                        // skip
                    }
                    break;
                }
                skipOrCopy(size, collected);
                readLine();
            }
            body = keep ? collected.toByteArray() : null;
        } else if (contentLength >= 0) {
            java.io.ByteArrayOutputStream collected = keep ? new java.io.ByteArrayOutputStream((int) contentLength) : null;
            skipOrCopy(contentLength, collected);
            body = keep ? collected.toByteArray() : null;
        } else {
            throw new IOException("response without Content-Length or chunked encoding");
        }
    }

    private void skipOrCopy(long count, java.io.ByteArrayOutputStream collected) throws IOException {
        long remaining = count;
        while (remaining > 0) {
            if (position == limit) {
                fill();
            }
            int n = (int) Math.min(remaining, limit - position);
            if (collected != null) {
                collected.write(buffer, position, n);
            }
            position += n;
            remaining -= n;
        }
    }

    private int lineEnd;

    /** Reads up to CRLF; returns the line's start in the buffer and sets {@link #lineEnd} (CRLF excluded). */
    private int readLine() throws IOException {
        int scan = position;
        while (true) {
            for (; scan < limit; scan++) {
                if (buffer[scan] == '\n') {
                    int start = position;
                    lineEnd = scan > start && buffer[scan - 1] == '\r' ? scan - 1 : scan;
                    position = scan + 1;
                    return start;
                }
            }
            int consumed = scan - position;
            fill();
            scan = position + consumed;
        }
    }

    /** Reads more bytes, keeping the unread ones (moved to the start of the buffer, which grows when full). */
    private void fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            throw new EOFException("connection closed by the server");
        }
        limit += n;
    }

    private boolean contains(int start, int end, String word) {
        return new String(buffer, start, end - start, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                .contains(word);
    }

    private long parseLong(int start, int end) throws IOException {
        long value = 0;
        boolean digits = false;
        for (int i = start; i < end; i++) {
            byte c = buffer[i];
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits = true;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        if (!digits) {
            throw new IOException("bad Content-Length");
        }
        return value;
    }

    private void closeQuietly() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    /** Builds the bytes of one request with a JSON body (or none when {@code body} is null). */
    static byte[] request(String method, String path, InetSocketAddress address, String body,
                          Map<String, String> extraHeaders) {
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(address.getHostString()).append(':').append(address.getPort()).append("\r\n");
        extraHeaders.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Type: application/json\r\n");
        }
        if (body != null || !method.equals("GET")) {
            head.append("Content-Length: ").append(bodyBytes.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + bodyBytes.length);
        System.arraycopy(bodyBytes, 0, request, headBytes.length, bodyBytes.length);
        return request;
    }
}
