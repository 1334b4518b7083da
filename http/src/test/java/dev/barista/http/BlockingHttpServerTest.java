package dev.barista.http;

import static dev.barista.http.RawHttp.head;
import static dev.barista.http.RawHttp.response;
import static dev.barista.http.RawHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The front door's HTTP/1.1 on a raw socket: keep-alive, pipelining, chunks, {@code Expect}, HEAD, limits. */
class BlockingHttpServerTest {
    private static final BlockingHttpServer.Settings SETTINGS =
            new BlockingHttpServer.Settings(1024, 2, Duration.ofSeconds(30));

    private final BlockingHttpServer server = BlockingHttpServer.start(InetAddress.getLoopbackAddress(), 0, SETTINGS,
            BlockingHttpServerTest::echo);

    /** Answers with what it got: method, path, query, the X-Test header's values, the body. */
    private static Response echo(RequestHead head, byte[] body) {
        if (head.path().equals("/fail")) {
            throw new IllegalStateException("the handler failed");
        }
        if (head.path().equals("/empty")) {
            return new Response(204, List.of(), null);
        }
        StringBuilder values = new StringBuilder();
        head.fields().stream().filter(field -> field.name().equalsIgnoreCase("x-test"))
                .forEach(field -> values.append(field.value()).append(';'));
        String text = head.method() + " " + head.path() + " ?" + head.query() + " " + values + " "
                + new String(body, StandardCharsets.UTF_8);
        return new Response(200, List.of(new HeaderField("Content-Type", "text/plain")),
                text.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        server.close();
    }

    private Socket connect() throws IOException {
        return RawHttp.connect(InetAddress.getLoopbackAddress().getHostAddress(), server.port());
    }

    @Test
    void answersPipelinedRequestsInOrderOnOneConnection() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /one?a=1&b=%20 HTTP/1.1\r\nHost: x\r\nX-Test: first\r\nx-test: second\r\n\r\n"
                    + "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");

            assertThat(response(socket)).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Type: text/plain\r\n")
                    .contains("Date: ").endsWith("\r\n\r\nGET /one ?a=1&b=%20 first;second; ");
            assertThat(response(socket)).endsWith("POST /two ?  hello");
        }
    }

    @Test
    void readsAChunkedBodyAfterContinue() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "PUT /chunks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                    + "Expect: 100-continue\r\n\r\n");
            assertThat(response(socket)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            send(socket, "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");

            assertThat(response(socket)).endsWith("PUT /chunks ?  abcde");
        }
    }

    @Test
    void aHeadRequestGetsTheLengthWithoutTheBodyAndNoContentHasNoLength() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /empty HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /after HTTP/1.1\r\nHost: x\r\n\r\n");

            String head = head(socket);
            assertThat(head).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Length: 11\r\n");
            assertThat(head(socket)).startsWith("HTTP/1.1 204 No Content\r\n").doesNotContain("Content-Length");
            assertThat(response(socket)).endsWith("GET /after ?  ");
        }
    }

    @Test
    void anOversizeBodyIsRefusedBeforeContinueAndTheConnectionCloses() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "PUT /big HTTP/1.1\r\nHost: x\r\nContent-Length: 1025\r\nExpect: 100-continue\r\n\r\n");

            assertThat(response(socket)).startsWith("HTTP/1.1 413 Content Too Large\r\n")
                    .contains("Connection: close\r\n").contains("\"message\":\"request body too large\"");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aMalformedRequestIsABadRequestAndAFailingHandlerAnInternalError() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /fail HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(response(socket)).startsWith("HTTP/1.1 500 Internal Server Error\r\n");

            send(socket, "NONSENSE\r\n\r\n");
            assertThat(response(socket)).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Connection: close");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aRequestAskingToCloseIsAnsweredAndClosed() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /bye HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertThat(response(socket)).contains("Connection: close\r\n").endsWith("GET /bye ?  ");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aConnectionBeyondTheLimitIsRefusedWithServiceUnavailable() throws IOException {
        try (Socket first = connect(); Socket second = connect()) {
            send(first, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
            send(second, "GET /b HTTP/1.1\r\nHost: x\r\n\r\n");
            response(first);
            response(second); // Both are being served: the limit of two is reached.
            try (Socket third = connect()) {
                assertThat(response(third)).startsWith("HTTP/1.1 503 Service Unavailable\r\n");
            }
        }
    }

    @Test
    void closingTheServerClosesItsConnections() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
            response(socket);

            server.close();

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aConnectionIdleLongerThanTheTimeoutIsClosedButNotOneWhoseRequestTakesLonger() throws Exception {
        Duration idle = Duration.ofMillis(200);
        try (BlockingHttpServer impatient = BlockingHttpServer.start(InetAddress.getLoopbackAddress(), 0,
                new BlockingHttpServer.Settings(1024, 4, idle), (head, body) -> {
                    sleep(idle.multipliedBy(3)); // A handler (an invocation) may take longer than the idle timeout.
                    return echo(head, body);
                });
             Socket quiet = RawHttp.connect(InetAddress.getLoopbackAddress().getHostAddress(), impatient.port());
             Socket busy = RawHttp.connect(InetAddress.getLoopbackAddress().getHostAddress(), impatient.port())) {
            send(busy, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");

            assertThat(response(busy)).endsWith("GET /slow ?  ");
            assertThat(quiet.getInputStream().read()).isEqualTo(-1); // Closed while busy's request ran.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
