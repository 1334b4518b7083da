package dev.barista.runtime.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Lambda Runtime API of one execution environment: a loopback listener on an ephemeral port, the address
 * the process gets in {@code AWS_LAMBDA_RUNTIME_API}. Requests run on virtual threads, so the long poll of
 * {@code GET /next} costs no platform thread. Owns its listener; {@link #close} is idempotent.
 */
public final class RuntimeApiServer implements AutoCloseable {
    static {
        // Without it the JDK server writes headers and body in separate segments that Nagle's algorithm delays.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private RuntimeApiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts listening on 127.0.0.1 with a port chosen by the system. */
    public static RuntimeApiServer start(RuntimeChannel channel) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            ExecutorService executor = Executors.newThreadPerTaskExecutor(
                    Thread.ofVirtual().name("runtime-api-", 0).factory());
            server.setExecutor(executor);
            server.createContext(RuntimeApiRouter.PREFIX, new RuntimeApiRouter(channel));
            server.start();
            return new RuntimeApiServer(server, executor);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot open a Runtime API listener", failure);
        }
    }

    /** {@code 127.0.0.1:<port>}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Closes the listener and its connections and interrupts a waiting {@code GET /next}. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
