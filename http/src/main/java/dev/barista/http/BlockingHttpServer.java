package dev.barista.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An HTTP/1.1 server on blocking sockets (ADR 0013): a platform thread accepts, and each connection is served by its
 * own platform thread, which reads a request, runs the handler and writes the answer, then reads the next one. A
 * request wakes exactly the thread that reads it and a handler that waits (for an invocation's answer) is woken
 * directly by the thread that has the answer: no poller and no scheduler in between. Keep-alive, pipelining (answered
 * in order), {@code Content-Length} and chunked bodies, {@code Expect: 100-continue}, HEAD. A malformed request gets
 * a JSON 400/413/431/505 and the connection closes. A connection whose thread has waited longer than the idle timeout
 * for bytes is closed by a watcher thread that looks a few times per timeout (reads themselves have no timeout: a
 * timed JDK socket read pays a failed read and a {@code poll} whenever it waits). {@link #close} is idempotent.
 */
public final class BlockingHttpServer implements AutoCloseable {
    private static final Logger LOGGER = Logger.getLogger(BlockingHttpServer.class.getName());
    private static final int LARGEST_SINGLE_WRITE = 64 * 1024;

    /** Answers one request on the connection's thread; may block. */
    @FunctionalInterface
    public interface Handler {
        Response handle(RequestHead head, byte[] body);
    }

    /**
     * @param maximumBodyBytes a larger request body is refused with 413
     * @param maximumConnections a connection beyond these is answered 503 and closed
     * @param idleTimeout a connection that sends nothing for this long is closed
     */
    public record Settings(long maximumBodyBytes, int maximumConnections, Duration idleTimeout) {
    }

    private final ServerSocket listener;
    private final Settings settings;
    private final Handler handler;
    private final ResponseHeads heads = new ResponseHeads();
    private final Map<Socket, WaitingInput> connections = new ConcurrentHashMap<>();
    private final AtomicLong connectionNumbers = new AtomicLong();
    private final Thread idleWatcher =
            Thread.ofPlatform().name("barista-http-idle").daemon().unstarted(this::closeIdle);
    private volatile boolean closed;

    private BlockingHttpServer(ServerSocket listener, Settings settings, Handler handler) {
        this.listener = listener;
        this.settings = settings;
        this.handler = handler;
    }

    /** Listens on {@code address:port} (port 0: chosen by the system) and starts accepting. */
    public static BlockingHttpServer start(InetAddress address, int port, Settings settings, Handler handler) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(address, port), 512);
            BlockingHttpServer server = new BlockingHttpServer(listener, settings, handler);
            Thread.ofPlatform().name("barista-http-accept").daemon().start(server::accept);
            server.idleWatcher.start();
            return server;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot listen on " + address.getHostAddress() + ":" + port, failure);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException listenerClosed) {
                if (!closed) {
                    LOGGER.log(Level.WARNING, "the HTTP listener failed", listenerClosed);
                }
                return;
            }
            if (connections.size() >= settings.maximumConnections()) {
                refuse(socket);
                continue;
            }
            WaitingInput input;
            try {
                input = new WaitingInput(socket.getInputStream());
            } catch (IOException broken) {
                closeQuietly(socket);
                continue;
            }
            connections.put(socket, input);
            if (closed) {
                closeQuietly(socket);
            }
            Thread.ofPlatform().name("barista-http-" + connectionNumbers.incrementAndGet()).daemon()
                    .start(() -> serve(socket, input));
        }
    }

    /** Closes, a few times per idle timeout, the connections whose thread has waited longer than it for bytes. */
    private void closeIdle() {
        long timeout = settings.idleTimeout().toNanos();
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(10), timeout / 4);
        while (!closed) {
            LockSupport.parkNanos(this, period);
            long now = System.nanoTime();
            connections.forEach((socket, input) -> {
                if (input.waitedLonger(timeout, now)) {
                    closeQuietly(socket); // As any server does with an idle keep-alive connection.
                }
            });
        }
    }

    private void refuse(Socket socket) {
        try (socket) {
            write(socket.getOutputStream(), error(503, "too many connections"), false, true);
        } catch (IOException ignored) {
            // The client is gone already.
        }
    }

    private void serve(Socket socket, WaitingInput input) {
        try (socket) {
            socket.setTcpNoDelay(true);
            OutputStream output = socket.getOutputStream();
            RequestReader reader = new RequestReader(input, settings.maximumBodyBytes());
            try {
                RequestHead head;
                while (!closed && (head = reader.readHead()) != null) {
                    if (head.expectsContinue()) {
                        reader.refuseOversizeBody(head);
                        output.write(ResponseHeads.CONTINUE);
                    }
                    byte[] body = reader.readBody(head);
                    Response response = answer(head, body);
                    write(output, response, head.method().equals("HEAD"), !head.keepAlive());
                    if (!head.keepAlive()) {
                        return;
                    }
                }
            } catch (MalformedRequest malformed) {
                write(output, error(malformed.status(), malformed.getMessage()), false, true);
            }
        } catch (IOException closedOrBroken) {
            // The client closed the connection, the server closed it for idleness, or the server is closing.
        } finally {
            connections.remove(socket);
        }
    }

    private Response answer(RequestHead head, byte[] body) {
        try {
            return handler.handle(head, body);
        } catch (RuntimeException failure) {
            LOGGER.log(Level.WARNING, "a request failed: " + head.method() + " " + head.path(), failure);
            return error(500, "internal failure");
        }
    }

    /** Writes the head and (unless for HEAD) the body: in one write when the body is small, else two. */
    private void write(OutputStream output, Response response, boolean headRequest, boolean closing)
            throws IOException {
        byte[] head = heads.render(response, response.body().length, closing);
        byte[] body = headRequest ? new byte[0] : response.body();
        if (body.length > LARGEST_SINGLE_WRITE) {
            output.write(head);
            output.write(body);
            return;
        }
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        output.write(whole);
    }

    private static Response error(int status, String message) {
        String document = "{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return new Response(status, List.of(new HeaderField("Content-Type", "application/json")),
                document.getBytes(StandardCharsets.UTF_8));
    }

    /** Stops accepting and closes every connection; a handler still running finds its connection closed. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        LockSupport.unpark(idleWatcher);
        connections.keySet().forEach(BlockingHttpServer::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all that was wanted.
        }
    }
}
