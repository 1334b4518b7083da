package dev.barista.runtime.api;

import dev.barista.core.environment.InvocationPayload;
import dev.barista.http.MalformedRequest;
import dev.barista.http.RequestHead;
import dev.barista.http.RequestReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One runtime connection to the Runtime API, served by its own platform thread in blocking reads: the kernel wakes
 * that thread when the runtime writes, with no selector or scheduler in between. Requests are answered in order;
 * a waiting {@code GET /next} is answered by the thread that has the event (see {@link NextEventReply}) while this
 * thread already reads the next request, which may only be answered after it.
 */
final class RuntimeApiConnection implements Runnable {
    /** Far above Lambda's 6 MB response limit, which the platform enforces with Lambda's own error afterwards. */
    static final long MAXIMUM_BODY_BYTES = 64 * 1024 * 1024;

    private final Socket socket;
    private final RuntimeChannel channel;
    private final RuntimeApiRouter router;
    private final Consumer<RuntimeApiConnection> onClosed;
    private final ReentrantLock writing = new ReentrantLock();
    private final Condition nextAnswered = writing.newCondition();
    private volatile OutputStream output;
    private RequestReader reader;
    private byte[] deferred;
    private NextReply waiting;
    private boolean closed;

    RuntimeApiConnection(Socket socket, RuntimeChannel channel, RuntimeApiRouter router,
            Consumer<RuntimeApiConnection> onClosed) {
        this.socket = socket;
        this.channel = channel;
        this.router = router;
        this.onClosed = onClosed;
    }

    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            output = socket.getOutputStream();
            reader = new RequestReader(socket.getInputStream(), MAXIMUM_BODY_BYTES);
            RequestHead request;
            while ((request = reader.readHead()) != null) {
                awaitWaitingAnswered();
                if (request.expectsContinue()) {
                    reader.refuseOversizeBody(request);
                    write(ApiResponses.CONTINUE);
                }
                router.route(request, reader.readBody(request), this);
                if (!request.keepAlive()) {
                    awaitWaitingAnswered(); // The socket closes after the last answer, also a later event.
                    return;
                }
            }
        } catch (MalformedRequest malformed) {
            trySend(ApiResponses.error(malformed.status(), "InvalidRequest", malformed.getMessage(), false));
        } catch (IOException | InterruptedException closed) {
            // The runtime or the environment closed the connection.
        } finally {
            NextReply left = currentWaiting();
            if (left != null) {
                channel.withdraw(left);
            }
            close();
            onClosed.accept(this);
        }
    }

    /** Closes the socket: a blocked read ends, and the thread with it. */
    void close() {
        writing.lock();
        try {
            closed = true;
            nextAnswered.signal();
        } finally {
            writing.unlock();
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was wanted.
        }
    }

    /**
     * Sends an answer; closes the connection after it unless kept alive. When the runtime has already pipelined a
     * {@code GET /next} behind the request, the answer goes out with the next write instead (the event, usually):
     * the runtime waits for both anyway, and wakes once instead of twice.
     */
    void send(byte[] response, boolean keepAlive) {
        if (keepAlive && reader.nextGetStarted()) {
            writing.lock();
            try {
                deferred = deferred == null ? response : concatenated(deferred, response);
            } finally {
                writing.unlock();
            }
            return;
        }
        if (!trySend(response) || !keepAlive) {
            close();
        }
    }

    private static byte[] concatenated(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Registers the reply of a {@code GET /next} of this connection. */
    NextEventReply nextEventReply(boolean keepAlive) {
        NextReply reply = new NextReply(keepAlive);
        writing.lock();
        try {
            waiting = reply;
        } finally {
            writing.unlock();
        }
        return reply;
    }

    private boolean trySend(byte[] response) {
        try {
            write(response);
            return true;
        } catch (IOException broken) {
            return false;
        }
    }

    private void write(byte[] response) throws IOException {
        writing.lock();
        try {
            if (deferred != null) {
                byte[] both = concatenated(deferred, response);
                deferred = null;
                output.write(both);
            } else {
                output.write(response);
            }
        } finally {
            writing.unlock();
        }
    }

    private void awaitWaitingAnswered() throws InterruptedException {
        writing.lock();
        try {
            while (waiting != null && !closed) {
                nextAnswered.await();
            }
        } finally {
            writing.unlock();
        }
    }

    private NextReply currentWaiting() {
        writing.lock();
        try {
            return waiting;
        } finally {
            writing.unlock();
        }
    }

    /** A {@code GET /next} of this connection; answered once, by whichever thread has the answer. */
    private final class NextReply implements NextEventReply {
        private final boolean keepAlive;

        NextReply(boolean keepAlive) {
            this.keepAlive = keepAlive;
        }

        @Override
        public void event(InvocationPayload payload) {
            answer(ApiResponses.event(payload, keepAlive));
        }

        @Override
        public void refused(Answer answer) {
            answer(ApiResponses.render(answer, keepAlive));
        }

        private void answer(byte[] response) {
            boolean sent;
            writing.lock();
            try {
                if (waiting != this) {
                    return;
                }
                waiting = null;
                nextAnswered.signal();
                sent = trySend(response);
            } finally {
                writing.unlock();
            }
            if (!sent || !keepAlive) {
                close();
            }
        }
    }
}
