package dev.barista.runtime.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Lambda Runtime API of one execution environment: a loopback listener on an ephemeral port, the address the
 * process gets in {@code AWS_LAMBDA_RUNTIME_API}. Connections are accepted on a virtual thread (they are rare: one
 * for most runtimes, one per request for a shell {@code bootstrap} using curl) and each is served by its own
 * platform thread, whose reads wait on a selector of the connection's own (see {@link RuntimeApiConnection}; ADRs
 * 0012, 0015 and 0016: the invoking thread reads the answer to its own event). Owns its listener and its connections; {@link #close} is idempotent.
 */
public final class RuntimeApiServer implements AutoCloseable {
    private static final long CONNECTION_STACK_BYTES = 256 * 1024;

    private final ServerSocketChannel listener;
    private final String address;
    private final RuntimeChannel channel;
    private final RuntimeApiRouter router;
    private final Set<RuntimeApiConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private RuntimeApiServer(ServerSocketChannel listener, RuntimeChannel channel) throws IOException {
        this.listener = listener;
        InetSocketAddress bound = (InetSocketAddress) listener.getLocalAddress();
        this.address = bound.getAddress().getHostAddress() + ":" + bound.getPort();
        this.channel = channel;
        this.router = new RuntimeApiRouter(channel);
    }

    /** Starts listening on 127.0.0.1 with a port chosen by the system. */
    public static RuntimeApiServer start(RuntimeChannel channel) {
        try {
            ServerSocketChannel listener = ServerSocketChannel.open();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            RuntimeApiServer server = new RuntimeApiServer(listener, channel);
            Thread.ofVirtual().name("runtime-api-accept-" + server.port()).start(server::accept);
            return server;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot open a Runtime API listener", failure);
        }
    }

    /** {@code 127.0.0.1:<port>}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        return address;
    }

    private String port() {
        return address.substring(address.lastIndexOf(':') + 1);
    }

    private void accept() {
        while (!closed) {
            SocketChannel socket;
            try {
                socket = listener.accept();
            } catch (IOException listenerClosed) {
                return;
            }
            RuntimeApiConnection connection;
            try {
                connection = new RuntimeApiConnection(socket, channel, router, connections::remove);
            } catch (IOException unusable) {
                try {
                    socket.close(); // The runtime sees its connection closed: it connects again, or fails.
                } catch (IOException ignored) {
                    // Closing is all that was wanted.
                }
                continue;
            }
            connections.add(connection);
            if (closed) {
                connection.close();
            }
            Thread.ofPlatform().name("runtime-api-" + port()).daemon()
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
