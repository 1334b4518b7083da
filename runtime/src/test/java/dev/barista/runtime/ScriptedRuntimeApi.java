package dev.barista.runtime;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Runtime API on a raw loopback socket, answered byte for byte by the test: it reads each request a runtime
 * client sends (by {@code Content-Length}) and hands it to the test through {@link #take()}, with the means to
 * answer it on its connection, to close that connection, or to leave the request unanswered.
 *
 * <p>Thread safety: one reader thread per connection queues requests; {@link #take()} and the answers are meant
 * for the test thread.
 */
final class ScriptedRuntimeApi implements AutoCloseable {
    private static final int TAKE_SECONDS = 20;

    /** One request as it arrived; header names lower-case; {@code connection} counts connections from 1. */
    record Request(int connection, String method, String path, Map<String, String> headers, byte[] body,
            Socket socket) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Writes these bytes (ISO-8859-1 for the head, UTF-8 is the test's concern) as the answer. */
        void answer(String... parts) {
            try {
                OutputStream out = socket.getOutputStream();
                for (String part : parts) {
                    // One write per part, so that the client may see the answer in pieces.
                    out.write(part.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        void closeConnection() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Already closed by the client.
            }
        }
    }

    private final ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ScriptedRuntimeApi() throws IOException {
        acceptor = Thread.ofPlatform().daemon().name("scripted-runtime-api").start(this::accept);
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** The next request the client sent; fails the test when none came within 20 s. */
    Request take() throws InterruptedException {
        Request request = requests.poll(TAKE_SECONDS, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the runtime client sent no request within " + TAKE_SECONDS + " s");
        }
        return request;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                int number = connections.incrementAndGet();
                Thread.ofPlatform().daemon().name("scripted-runtime-api-" + number).start(() -> read(socket, number));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void read(Socket socket, int number) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            while (true) {
                String requestLine = line(in);
                if (requestLine == null) {
                    return;
                }
                Map<String, String> headers = new HashMap<>();
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).trim());
                }
                int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                byte[] body = in.readNBytes(length);
                String[] parts = requestLine.split(" ");
                requests.add(new Request(number, parts[0], parts[1], Map.copyOf(headers), body, socket));
            }
        } catch (IOException closed) {
            // The client or the test closed the connection.
        }
    }

    /** One CRLF-terminated line without its CRLF, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != -1; next = in.read()) {
            if (next == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(next);
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
