package dev.barista.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Where test functions report what they received: an HTTP listener on loopback that keeps every JSON document
 * POSTed to it, and {@link #RECORDING_FUNCTION}, a Python function that POSTs
 * {@code {"function": <its name>, "requestId": <its request id>, "event": <the event>}} to the URL in its
 * {@code RECORD_URL} variable before it answers, and then raises when the event has {@code "fail": true}. Functions
 * reach the listener over HTTP: no path is shared (each function has its own {@code /tmp}). Thread-safe.
 */
public final class HttpRecorder implements AutoCloseable {
    public static final String RECORDING_FUNCTION = """
            import json, os, urllib.request

            def handler(event, context):
                report = {"function": context.function_name, "requestId": context.aws_request_id, "event": event}
                request = urllib.request.Request(os.environ["RECORD_URL"], data=json.dumps(report).encode(),
                                                 method="POST", headers={"Content-Type": "application/json"})
                urllib.request.urlopen(request, timeout=10).read()
                if isinstance(event, dict) and event.get("fail"):
                    raise ValueError(event.get("message", "boom"))
                return {"handled": event}
            """;

    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    private HttpRecorder(HttpServer server) {
        this.server = server;
    }

    public static HttpRecorder start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRecorder recorder = new HttpRecorder(server);
        server.createContext("/", exchange -> {
            recorder.received.add(Json.parse(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return recorder;
    }

    /** The deployment package of {@link #RECORDING_FUNCTION} (module {@code app}, handler {@code app.handler}). */
    public static byte[] recordingFunction() {
        return Packages.python(RECORDING_FUNCTION);
    }

    /** What the functions' {@code RECORD_URL} must be. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Every report received so far, in order. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** The reports of one function. */
    public List<JsonNode> from(String functionName) {
        return received.stream().filter(report -> report.path("function").asText().equals(functionName)).toList();
    }

    /** Waits up to {@code atMost} for a report that matches, and returns the first. */
    public JsonNode awaitReport(Predicate<JsonNode> match, Duration atMost) {
        return Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50))
                .until(() -> first(match), Optional::isPresent).orElseThrow();
    }

    private Optional<JsonNode> first(Predicate<JsonNode> match) {
        return received.stream().filter(match).findFirst();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
