package dev.barista.runtime.api;

import static dev.barista.http.RawHttp.response;
import static dev.barista.http.RawHttp.send;
import static dev.barista.runtime.api.RuntimeChannelTest.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.http.RawHttp;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Runtime API's HTTP/1.1 on a raw socket: keep-alive, chunks, {@code Expect}, closing, malformed requests. */
class RuntimeApiWireTest {
    private static final String NEXT = "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\n\r\n";

    private final RuntimeChannel channel = new RuntimeChannel();
    private final RuntimeApiServer server = RuntimeApiServer.start(channel);

    @AfterEach
    void close() {
        server.close();
    }

    private Socket connect() throws IOException {
        String[] address = server.address().split(":");
        return RawHttp.connect(address[0], Integer.parseInt(address[1]));
    }

    /** Sends the runtime's first requests (a {@code GET /next} first) and waits until the channel has seen it. */
    private void sendThenAwaitInit(Socket socket, String requests) throws IOException {
        send(socket, requests);
        channel.awaitInit(Duration.ofSeconds(5));
    }

    private static String post(String path, String body) {
        return "POST /2018-06-01/runtime/" + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    @Test
    void servesOneEventAfterAnotherOnOneKeptAliveConnection() throws IOException {
        try (Socket socket = connect()) {
            for (String requestId : new String[] {"one", "two", "three"}) {
                send(socket, NEXT);
                if (requestId.equals("one")) {
                    assertThat(channel.awaitInit(Duration.ofSeconds(5))).isEqualTo(new InitOutcome.Ready());
                }
                Invocation invocation = submitWhenWaiting(requestId);
                assertThat(response(socket)).startsWith("HTTP/1.1 200 OK\r\n")
                        .contains("Lambda-Runtime-Aws-Request-Id: " + requestId + "\r\n").endsWith("\r\n\r\n{}");

                send(socket, post("invocation/" + requestId + "/response", "\"" + requestId + "\""));

                assertThat(response(socket)).startsWith("HTTP/1.1 202 Accepted\r\n").endsWith("{\"status\":\"OK\"}");
                assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                        success -> assertThat(success.payload()).asString().isEqualTo("\"" + requestId + "\""));
            }
        }
    }

    /** Submits once the runtime's request has reached the channel (the first one also makes it ready). */
    private Invocation submitWhenWaiting(String requestId) {
        while (true) {
            try {
                return channel.submit(payload(requestId));
            } catch (IllegalStateException notYetReady) {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void readsAChunkedBodyAndAnswersExpectContinue() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT);
            Invocation invocation = channel.submit(payload("one"));
            response(socket);

            send(socket, "POST /2018-06-01/runtime/invocation/one/response HTTP/1.1\r\nHost: x\r\n"
                    + "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n");
            assertThat(response(socket)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            send(socket, "4;name=value\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nTrailer: x\r\n\r\n");

            assertThat(response(socket)).startsWith("HTTP/1.1 202 Accepted\r\n");
            assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                    success -> assertThat(success.payload()).asString().isEqualTo("{\"a\":1}"));
        }
    }

    @Test
    void aWaitingRequestThatAsksToCloseGetsItsEventAndThenTheEnd() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            channel.submit(payload("one"));

            assertThat(response(socket)).contains("Connection: close\r\n").endsWith("{}");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aRequestSentBeforeTheWaitingOneIsAnsweredIsAnsweredAfterIt() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT + "GET /2018-06-01/runtime/nothing HTTP/1.1\r\nHost: x\r\n\r\n");
            channel.submit(payload("one"));

            assertThat(response(socket)).startsWith("HTTP/1.1 200 OK\r\n");
            assertThat(response(socket)).startsWith("HTTP/1.1 404 Not Found\r\n");
        }
    }

    @Test
    void anAnswerPipelinedWithTheNextRequestIsAcceptedTogetherWithTheNextEvent() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT);
            Invocation first = channel.submit(payload("one"));
            response(socket);

            send(socket, post("invocation/one/response", "1") + NEXT);

            assertThat(first.outcome().join()).isInstanceOf(InvocationOutcome.Success.class);
            socket.setSoTimeout(300);
            assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            socket.setSoTimeout(10_000);
            submitWhenWaiting("two");
            assertThat(response(socket)).startsWith("HTTP/1.1 202 Accepted\r\n");
            assertThat(response(socket)).contains("Lambda-Runtime-Aws-Request-Id: two\r\n");
        }
    }

    @Test
    void aMalformedRequestIsABadRequestAndTheConnectionCloses() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "NONSENSE\r\n\r\n");

            assertThat(response(socket)).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Connection: close")
                    .contains("\"errorType\":\"InvalidRequest\"");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aClosedConnectionWithdrawsItsWaitingRequest() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT);
        }
        try (Socket again = connect()) {
            // Nobody reads a waiting connection: its end is seen when the event is due, which then waits for the
            // next request instead of going nowhere.
            Invocation invocation = channel.submit(payload("after"));
            assertThat(invocation.outcome()).isNotDone();
            send(again, NEXT);

            assertThat(response(again)).contains("Lambda-Runtime-Aws-Request-Id: " + invocation.payload().requestId());
        }
    }


    @Test
    void closingTheServerEndsAWaitingRequestsConnection() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT);

            server.close();

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    /** Submits as the launcher does: this thread will read the answer when nobody else reads the connection. */
    private Invocation submitAndRecordReader(String requestId, AtomicReference<Thread> reader) {
        return channel.submit(payload(requestId), (answer, outcome) -> {
            reader.set(Thread.currentThread());
            outcome.complete(answer);
        });
    }

    private static long inSeconds(int seconds) {
        return System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    }

    @Test
    void theSubmitterReadsAPipelinedAnswerItselfAndTheNextEventFindsTheConnectionWaiting() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT);
            for (String requestId : new String[] {"one", "two"}) {
                AtomicReference<Thread> reader = new AtomicReference<>();
                Invocation invocation = submitAndRecordReader(requestId, reader);
                String event = response(socket);
                if (requestId.equals("two")) {
                    // The first answer's 202 went out with this event.
                    assertThat(event).startsWith("HTTP/1.1 202 Accepted\r\n");
                    event = response(socket);
                }
                assertThat(event).contains("Lambda-Runtime-Aws-Request-Id: " + requestId + "\r\n");
                send(socket, post("invocation/" + requestId + "/response", "\"" + requestId + "\"") + NEXT);

                invocation.readAnswer(inSeconds(5));

                assertThat(invocation.outcome()).isDone();
                assertThat(reader.get()).as("the thread that read the answer").isSameAs(Thread.currentThread());
                assertThat(channel.waitingForEvent()).isTrue();
            }
        }
    }

    @Test
    void anAnswerWithoutTheNextRequestBehindItGivesTheConnectionBackToItsThread() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT);
            Invocation first = submitAndRecordReader("one", new AtomicReference<>());
            response(socket);
            send(socket, post("invocation/one/response", "1"));

            first.readAnswer(inSeconds(5));
            assertThat(response(socket)).startsWith("HTTP/1.1 202 Accepted\r\n");
            send(socket, NEXT); // As AWS's Java client asks: after the 202, on its own.

            Invocation second = submitWhenWaiting("two");
            assertThat(response(socket)).contains("Lambda-Runtime-Aws-Request-Id: two\r\n");
            assertThat(second.outcome()).isNotDone();
        }
    }

    @Test
    void anAnswerOnANewConnectionArrivesWhileTheSubmitterFindsTheEventsConnectionClosed() throws IOException {
        Invocation invocation;
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT);
            invocation = submitAndRecordReader("one", new AtomicReference<>());
            response(socket);
        }
        try (Socket answering = connect()) { // As a bootstrap with curl does: one connection per request.
            send(answering, post("invocation/one/response", "\"new connection\""));
            assertThat(response(answering)).startsWith("HTTP/1.1 202 Accepted\r\n");
        }

        invocation.readAnswer(inSeconds(5));

        assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(success.payload()).asString().isEqualTo("\"new connection\""));
    }

    @Test
    void anEventDueOnAWaitingConnectionThatClosedWaitsForTheNextRequest() throws IOException {
        try (Socket socket = connect()) {
            sendThenAwaitInit(socket, NEXT);
        }
        Invocation invocation = submitAndRecordReader("after", new AtomicReference<>());
        invocation.readAnswer(inSeconds(5)); // Nothing to read: the event was not sent.
        assertThat(invocation.outcome()).isNotDone();

        try (Socket again = connect()) {
            send(again, NEXT);

            assertThat(response(again)).contains("Lambda-Runtime-Aws-Request-Id: after\r\n");
        }
    }

    @Test
    @Timeout(60)
    void aCallerReadingOneConnectionHearsOfAnAnswerPostedOnAnother() throws IOException {
        try (Socket waiting = connect(); Socket posting = connect()) {
            sendThenAwaitInit(waiting, NEXT);
            Invocation invocation = submitAndRecordReader("one", new AtomicReference<>());
            response(waiting);
            // A runtime with a pool of connections: the answer goes on another one, the first stays open and quiet.
            send(posting, post("invocation/one/response", "\"pooled\""));
            assertThat(response(posting)).startsWith("HTTP/1.1 202 Accepted\r\n");

            invocation.readAnswer(System.nanoTime() + Duration.ofMinutes(10).toNanos());

            assertThat(invocation.outcome().join()).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                    success -> assertThat(success.payload()).asString().isEqualTo("\"pooled\""));
        }
    }
}
