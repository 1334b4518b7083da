package dev.barista.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The cheapest relay between a client and a function process that keeps the brief's "real processes" rule: a
 * client's request (any HTTP request with a Content-Length body, such as an Invoke) is handed to a separate
 * process as the answer to the {@code GET .../invocation/next} that process sent beforehand, the process posts its
 * answer back over HTTP, and the relay answers the client with that body. Per request: client -> relay -> process
 * -> relay -> client, as in Barista's invoke, with nothing else: blocking sockets, {@code TCP_NODELAY}, no routing,
 * no JSON, one platform thread per client connection, buffers allocated once per connection.
 *
 * <p>Each client connection takes one environment (one process's connection) for as long as it lasts and gives
 * it back when it closes; a client waits when none is free. Relay threads are named {@value #THREAD_PREFIX}... so
 * that their CPU can be told apart from the load generator's in the same JVM ({@link CpuMeter#relay}).
 * Thread-safe: the environment pool is a blocking queue; everything else belongs to one connection's thread.
 */
final class RelayFloor implements AutoCloseable {
    static final String THREAD_PREFIX = "relay-";
    private static final byte[] EVENT_HEAD = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Lambda-Runtime-Aws-Request-Id: 8476a536-e9f4-11e8-9739-2dfe598c3fcd\r\n"
            + "Lambda-Runtime-Deadline-Ms: 4102444800000\r\n"
            + "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:000000000000:function:floor\r\n"
            + "Content-Length: ").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLIENT_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ACCEPTED = "HTTP/1.1 202 Accepted\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}"
            .getBytes(StandardCharsets.US_ASCII);

    /** One process's connection to the relay's Runtime API port. */
    private record Environment(Socket socket, HttpMessageReader reader, OutputStream out) {
    }

    private final ServerSocket clients;
    private final ServerSocket runtimeApi;
    private final BlockingQueue<Environment> idle = new LinkedBlockingQueue<>();
    private final List<Socket> sockets = new ArrayList<>();
    private volatile boolean closed;

    RelayFloor() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        clients = new ServerSocket(0, 256, loopback);
        runtimeApi = new ServerSocket(0, 256, loopback);
        Thread.ofPlatform().daemon().name(THREAD_PREFIX + "accept").start(this::acceptClients);
    }

    /** Where clients send their requests. */
    InetSocketAddress clientAddress() {
        return new InetSocketAddress(clients.getInetAddress(), clients.getLocalPort());
    }

    /** {@code host:port} for the processes, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    String runtimeApiAddress() {
        return "127.0.0.1:" + runtimeApi.getLocalPort();
    }

    /** Accepts {@code count} process connections (each then sends its first {@code /next}); fails after the timeout. */
    void awaitEnvironments(int count, long timeoutMillis) throws IOException {
        runtimeApi.setSoTimeout((int) timeoutMillis);
        for (int i = 0; i < count; i++) {
            Socket socket = runtimeApi.accept();
            socket.setTcpNoDelay(true);
            register(socket);
            idle.add(new Environment(socket, new HttpMessageReader(socket.getInputStream(), 8 * 1024),
                    socket.getOutputStream()));
        }
    }

    private void acceptClients() {
        int number = 0;
        while (!closed) {
            try {
                Socket socket = clients.accept();
                socket.setTcpNoDelay(true);
                register(socket);
                Thread.ofPlatform().daemon().name(THREAD_PREFIX + number++).start(() -> serve(socket));
            } catch (IOException stopped) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        Environment environment = null;
        try (client) {
            environment = idle.poll(30, TimeUnit.SECONDS);
            if (environment == null) {
                return;
            }
            HttpMessageReader request = new HttpMessageReader(client.getInputStream(), 8 * 1024);
            OutputStream clientOut = client.getOutputStream();
            byte[] out = new byte[8 * 1024];
            while (request.next()) {
                // The process's GET /next: sent beforehand (pipelined with its previous answer), so usually buffered.
                if (!environment.reader().next()) {
                    throw new IOException("the process closed its connection");
                }
                int length = message(out, EVENT_HEAD, request.buffer(), request.bodyOffset(), request.bodyLength());
                environment.out().write(out, 0, length);
                // The process's POST .../response.
                HttpMessageReader answer = environment.reader();
                if (!answer.next()) {
                    throw new IOException("the process closed its connection");
                }
                length = message(out, CLIENT_HEAD, answer.buffer(), answer.bodyOffset(), answer.bodyLength());
                clientOut.write(out, 0, length);
                environment.out().write(ACCEPTED);
            }
        } catch (IOException | InterruptedException ended) {
            // the client left or the relay is closing
        } finally {
            if (environment != null && !closed) {
                idle.add(environment);
            }
        }
    }

    /** head + Content-Length digits + CRLFCRLF + body into {@code out}; fails when it does not fit. */
    static int message(byte[] out, byte[] head, byte[] body, int offset, int length) throws IOException {
        int needed = head.length + 14 + length;
        if (needed > out.length) {
            throw new IOException("message of " + length + " bytes exceeds the relay's buffer");
        }
        System.arraycopy(head, 0, out, 0, head.length);
        int position = head.length;
        int digits = 1;
        for (int rest = length / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = digits - 1, rest = length; i >= 0; i--, rest /= 10) {
            out[position + i] = (byte) ('0' + rest % 10);
        }
        position += digits;
        out[position++] = '\r';
        out[position++] = '\n';
        out[position++] = '\r';
        out[position++] = '\n';
        System.arraycopy(body, offset, out, position, length);
        return position + length;
    }

    private synchronized void register(Socket socket) {
        sockets.add(socket);
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (java.io.Closeable closeable : sockets) {
            closeQuietly(closeable);
        }
        closeQuietly(clients);
        closeQuietly(runtimeApi);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
