package dev.barista.runtime.api;

import dev.barista.core.environment.InvocationPayload;
import dev.barista.http.MalformedRequest;
import dev.barista.http.RequestHead;
import dev.barista.http.RequestReader;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One runtime connection to the Runtime API, read by whichever thread has the turn (below), which waits for the
 * runtime's bytes on the connection's own selector ({@link SelectingSocket}: the socket never leaves non-blocking
 * mode, so a wait with a deadline and a look whether the runtime closed cost no mode switches; ADR 0016), with no
 * shared selector or scheduler in between. Requests are answered in order; a waiting
 * {@code GET /next} is answered by the thread that has the event (see {@link NextEventReply}).
 *
 * <p>Who reads is a turn. The connection's own platform thread reads until a {@code GET /next} waits with nothing
 * sent behind it; then nobody reads (the turn is parked), and the thread that writes the event takes the turn and
 * reads the runtime's answer itself ({@link ReadingTurn}): a warm invoke wakes no server thread but the caller's.
 * After the answer the turn is parked again if the runtime has pipelined its next {@code GET /next} (Barista's
 * bootstraps do), else given back to the connection's thread (AWS's Java client asks separately). While the turn is
 * parked nobody notices a runtime that closes the connection until the next event is due: one non-blocking read
 * then tells, and the event goes to the runtime's next {@code GET /next} instead (ADR 0015).
 */
final class RuntimeApiConnection implements Runnable {
    /** Far above Lambda's 6 MB response limit, which the platform enforces with Lambda's own error afterwards. */
    static final long MAXIMUM_BODY_BYTES = 64 * 1024 * 1024;
    /**
     * How often a caller reading for its answer looks whether it came on another connection instead (a runtime with
     * a pool of connections may post it on one and wait for the next event on another).
     */
    private static final long ANSWER_ELSEWHERE_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** Who reads the connection. */
    private enum Turn {
        /** The connection's own thread. */
        THREAD,
        /** Nobody: a {@code GET /next} waits and nothing was sent behind it. */
        PARKED,
        /** The thread that wrote the event, until the answer has come. */
        SUBMITTER
    }

    private final SocketChannel socket;
    private final RuntimeChannel channel;
    private final RuntimeApiRouter router;
    private final Consumer<RuntimeApiConnection> onClosed;
    /** Guards writes, the waiting reply, the turn and closing. */
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition nextAnswered = lock.newCondition();
    private final Condition turnGivenBack = lock.newCondition();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final SelectingSocket stream;
    private final RequestReader reader;
    private byte[] deferred;
    private NextReply waiting;
    private Turn turn = Turn.THREAD;
    private boolean closed;

    RuntimeApiConnection(SocketChannel socket, RuntimeChannel channel, RuntimeApiRouter router,
            Consumer<RuntimeApiConnection> onClosed) throws IOException {
        this.socket = socket;
        this.channel = channel;
        this.router = router;
        this.onClosed = onClosed;
        socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
        this.stream = new SelectingSocket(socket);
        this.reader = new RequestReader(stream.input(), MAXIMUM_BODY_BYTES);
    }

    @Override
    public void run() {
        try {
            while (awaitTurn()) {
                if (!reader.hasBuffered()) {
                    stream.awaitReadable(0); // A wait on the selector, then one read of what came.
                }
                RequestHead request = reader.readHead();
                if (request == null || !handle(request)) {
                    return;
                }
            }
        } catch (MalformedRequest malformed) {
            trySend(ApiResponses.error(malformed.status(), "InvalidRequest", malformed.getMessage(), false));
        } catch (IOException | InterruptedException closed) {
            // The runtime or the environment closed the connection.
        } finally {
            end();
        }
    }

    /** Handles one request; false when the connection closes after it. */
    private boolean handle(RequestHead request) throws IOException, InterruptedException {
        awaitWaitingAnswered();
        if (request.expectsContinue()) {
            reader.refuseOversizeBody(request);
            write(ApiResponses.CONTINUE);
        }
        router.route(request, reader.readBody(request), this);
        if (!request.keepAlive()) {
            awaitWaitingAnswered(); // The socket closes after the last answer, also a later event.
            return false;
        }
        return true;
    }

    /** The submitter's turn ({@link ReadingTurn}): reads until the answer, then parks the turn or gives it back. */
    private void readUntilAnswered(Invocation invocation, long deadlineNanoTime) {
        boolean open = false;
        stream.readDeadline(deadlineNanoTime);
        try {
            while (true) {
                long remaining = deadlineNanoTime - System.nanoTime();
                if (remaining <= 0) {
                    break; // The invocation timed out: its environment is destroyed.
                }
                if (!reader.hasBuffered()
                        && !stream.awaitReadable(Math.min(remaining, ANSWER_ELSEWHERE_CHECK_NANOS))) {
                    if (invocation.answer().isPresent()) {
                        open = true; // The runtime answered on another of its connections.
                        break;
                    }
                    continue;
                }
                RequestHead request = reader.readHead();
                if (request == null || !handle(request)) {
                    break;
                }
                if (invocation.answer().isPresent() && (currentWaiting() != null || !reader.hasBuffered())) {
                    open = true;
                    break;
                }
            }
        } catch (MalformedRequest malformed) {
            trySend(ApiResponses.error(malformed.status(), "InvalidRequest", malformed.getMessage(), false));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (IOException closedOrTimedOut) {
            // The runtime closed the connection (a curl bootstrap answers on a new one), or the deadline passed.
        }
        stream.clearReadDeadline();
        if (open && socket.isOpen()) {
            giveTurnBack();
        } else {
            end();
        }
    }

    /** Waits for the connection's thread's turn; false once the connection is closed. */
    private boolean awaitTurn() throws InterruptedException {
        lock.lock();
        try {
            while (turn != Turn.THREAD && !closed) {
                turnGivenBack.await();
            }
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    private void giveTurnBack() {
        lock.lock();
        try {
            if (waiting != null && !reader.hasBuffered()) {
                turn = Turn.PARKED;
            } else {
                turn = Turn.THREAD;
                turnGivenBack.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The connection is over, whoever read last: a waiting {@code GET /next} goes with it. Once. */
    private void end() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        NextReply left = currentWaiting();
        if (left != null) {
            channel.withdraw(left);
        }
        close();
        onClosed.accept(this);
    }

    /** Closes the socket: a blocked read ends, and the thread with it. */
    void close() {
        lock.lock();
        try {
            closed = true;
            nextAnswered.signal();
            turnGivenBack.signal();
        } finally {
            lock.unlock();
        }
        stream.close();
    }

    /**
     * Sends an answer; closes the connection after it unless kept alive. When the runtime has already pipelined a
     * {@code GET /next} behind the request, the answer goes out with the next write instead (the event, usually):
     * the runtime waits for both anyway, and wakes once instead of twice.
     */
    void send(byte[] response, boolean keepAlive) {
        if (keepAlive && reader.nextGetStarted()) {
            lock.lock();
            try {
                deferred = deferred == null ? response : concatenated(deferred, response);
            } finally {
                lock.unlock();
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

    /**
     * Registers the reply of a {@code GET /next} of this connection; nobody reads on (the turn is parked) unless the
     * runtime has sent more behind it. One step, so that an event can find the turn parked as soon as it can find the
     * reply.
     */
    NextEventReply nextEventReply(boolean keepAlive) {
        NextReply reply = new NextReply(keepAlive);
        lock.lock();
        try {
            waiting = reply;
            if (!reader.hasBuffered() && !closed) {
                turn = Turn.PARKED;
            }
        } finally {
            lock.unlock();
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
        lock.lock();
        try {
            if (deferred != null) {
                byte[] both = concatenated(deferred, response);
                deferred = null;
                stream.write(both);
            } else {
                stream.write(response);
            }
        } finally {
            lock.unlock();
        }
    }

    private void awaitWaitingAnswered() throws InterruptedException {
        lock.lock();
        try {
            while (waiting != null && !closed) {
                nextAnswered.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private NextReply currentWaiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** A {@code GET /next} of this connection; answered once, by whichever thread has the answer. */
    private final class NextReply implements NextEventReply {
        private final boolean keepAlive;

        NextReply(boolean keepAlive) {
            this.keepAlive = keepAlive;
        }

        @Override
        public EventDelivery event(InvocationPayload payload, boolean takeTurn) {
            return answer(ApiResponses.event(payload, keepAlive), true, takeTurn);
        }

        @Override
        public void refused(Answer answer) {
            answer(ApiResponses.render(answer, keepAlive), false, false);
        }

        /**
         * Sends the answer; a sender that takes the turn takes it if parked, else it goes back to the thread. An event
         * for a connection the runtime closed while the turn was parked is not sent.
         */
        private EventDelivery answer(byte[] response, boolean event, boolean takeTurn) {
            boolean sent;
            EventDelivery delivery = new EventDelivery.ReadElsewhere();
            lock.lock();
            try {
                if (waiting != this) {
                    return new EventDelivery.ReadElsewhere(); // Answered already (the environment ended meanwhile).
                }
                // Did the runtime close the connection while nobody read it? One read that does not wait tells (a
                // byte it sent meanwhile is kept for the next reader).
                if (event && turn == Turn.PARKED && stream.peerClosed()) {
                    waiting = null;
                    closed = true;
                    nextAnswered.signal();
                    turnGivenBack.signal();
                    delivery = new EventDelivery.Undelivered();
                    sent = false;
                } else {
                    waiting = null;
                    nextAnswered.signal();
                    sent = trySend(response);
                }
                if (turn == Turn.PARKED && delivery instanceof EventDelivery.ReadElsewhere) {
                    if (takeTurn && sent && keepAlive) {
                        turn = Turn.SUBMITTER;
                        delivery = new EventDelivery.ReadByCaller(RuntimeApiConnection.this::readUntilAnswered);
                    } else {
                        turn = Turn.THREAD;
                        turnGivenBack.signal();
                    }
                }
            } finally {
                lock.unlock();
            }
            if (!sent || !keepAlive) {
                close();
            }
            return delivery;
        }
    }
}
