package dev.barista.runtime.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lambda Runtime API of one execution environment: a loopback listener on an ephemeral port, the address the
 * process gets in {@code AWS_LAMBDA_RUNTIME_API}. Connections are accepted on a virtual thread (they are rare: one
 * for most runtimes, one per request for a shell {@code bootstrap} using curl) and each is served by its own
 * platform thread in blocking reads (see {@link RuntimeApiConnection}; ADR 0012). Owns its listener and its
 * connections; {@link #close} is idempotent.
 */
public final class RuntimeApiServer implements AutoCloseable {
    private static final long CONNECTION_STACK_BYTES = 256 * 1024;

    private final ServerSocket listener;
    private final RuntimeChannel channel;
    private final RuntimeApiRouter router;
    private final Set<RuntimeApiConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private RuntimeApiServer(ServerSocket listener, RuntimeChannel channel) {
        this.listener = listener;
        this.channel = channel;
        this.router = new RuntimeApiRouter(channel);
    }

    /** Starts listening on 127.0.0.1 with a port chosen by the system. */
    public static RuntimeApiServer start(RuntimeChannel channel) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            RuntimeApiServer server = new RuntimeApiServer(listener, channel);
            Thread.ofVirtual().name("runtime-api-accept-" + listener.getLocalPort()).start(server::accept);
            return server;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot open a Runtime API listener", failure);
        }
    }

    /** {@code 127.0.0.1:<port>}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException listenerClosed) {
                return;
            }
            RuntimeApiConnection connection = new RuntimeApiConnection(socket, channel, router, connections::remove);
            connections.add(connection);
            if (closed) {
                connection.close();
            }
            Thread.ofPlatform().name("runtime-api-" + listener.getLocalPort()).daemon()
                    .stackSize(CONNECTION_STACK_BYTES).start(connection);
        }
    }

    /** Closes the listener and every connection; a waiting {@code GET /next} goes with its connection. */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // Closing is all that was wanted.
        }
        connections.forEach(RuntimeApiConnection::close);
    }
}
