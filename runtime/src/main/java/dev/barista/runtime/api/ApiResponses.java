package dev.barista.runtime.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes Runtime API responses. Every response carries {@code Content-Type}: the Java client crashes without it. */
final class ApiResponses {
    static final String CONTENT_TYPE = "Content-Type";
    static final String APPLICATION_JSON = "application/json";
    private static final byte[] STATUS_OK = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);

    private ApiResponses() {
    }

    /** 202 {@code {"status":"OK"}}. */
    static void accepted(HttpExchange exchange) throws IOException {
        send(exchange, 202, STATUS_OK);
    }

    /** Renders how the channel took a call; refusals in the Runtime Interface Emulator's wording. */
    static void render(HttpExchange exchange, Answer answer) throws IOException {
        switch (answer) {
            case ACCEPTED -> accepted(exchange);
            case UNKNOWN_REQUEST_ID -> error(exchange, 400, "InvalidRequestID", "Invalid request ID");
            case INVALID_STATE_TRANSITION -> error(exchange, 403, "InvalidStateTransition",
                    "Transition is not allowed in the current state of the runtime");
            case ENDED -> error(exchange, 410, "EnvironmentEnded", "The execution environment has ended");
        }
    }

    static void error(HttpExchange exchange, int status, String errorType, String errorMessage) throws IOException {
        send(exchange, status, RuntimeErrors.document(errorType, errorMessage));
    }

    /** Sends a JSON body (or none when empty) and completes the exchange. */
    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set(CONTENT_TYPE, APPLICATION_JSON);
        // 0 would mean "chunked" to the JDK server; -1 means "no body".
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
