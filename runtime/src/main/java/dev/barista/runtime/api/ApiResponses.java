package dev.barista.runtime.api;

import dev.barista.core.environment.InvocationPayload;
import java.nio.charset.StandardCharsets;

/**
 * Renders Runtime API responses as the bytes of one HTTP/1.1 response. Every response carries
 * {@code Content-Type: application/json} (the Java client crashes without it) and {@code Content-Length}.
 */
final class ApiResponses {
    private static final byte[] STATUS_OK = "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ACCEPTED = response(202, STATUS_OK, true);
    static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private ApiResponses() {
    }

    /** 200 with the event as body and its context in headers; the optional headers only when they have a value. */
    static byte[] event(InvocationPayload payload, boolean keepAlive) {
        StringBuilder head = new StringBuilder(320).append("HTTP/1.1 200 OK\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Lambda-Runtime-Aws-Request-Id: ").append(payload.requestId()).append("\r\n")
                .append("Lambda-Runtime-Deadline-Ms: ").append(payload.deadline().toEpochMilli()).append("\r\n")
                .append("Lambda-Runtime-Invoked-Function-Arn: ").append(payload.invokedFunctionArn()).append("\r\n");
        appendIfPresent(head, "Lambda-Runtime-Trace-Id", payload.traceId());
        appendIfPresent(head, "Lambda-Runtime-Client-Context", payload.clientContext());
        appendIfPresent(head, "Lambda-Runtime-Cognito-Identity", payload.cognitoIdentity());
        return withBody(head, payload.body(), keepAlive);
    }

    /** How the channel took a call; refusals in the Runtime Interface Emulator's wording. */
    static byte[] render(Answer answer, boolean keepAlive) {
        return switch (answer) {
            case ACCEPTED -> keepAlive ? ACCEPTED : response(202, STATUS_OK, false);
            case UNKNOWN_REQUEST_ID -> error(400, "InvalidRequestID", "Invalid request ID", keepAlive);
            case INVALID_STATE_TRANSITION -> error(403, "InvalidStateTransition",
                    "Transition is not allowed in the current state of the runtime", keepAlive);
            case ENDED -> error(410, "EnvironmentEnded", "The execution environment has ended", keepAlive);
        };
    }

    static byte[] error(int status, String errorType, String errorMessage, boolean keepAlive) {
        return response(status, RuntimeErrors.document(errorType, errorMessage), keepAlive);
    }

    static byte[] response(int status, byte[] body, boolean keepAlive) {
        StringBuilder head = new StringBuilder(128).append("HTTP/1.1 ").append(status).append(' ')
                .append(reason(status)).append("\r\nContent-Type: application/json\r\n");
        return withBody(head, body, keepAlive);
    }

    private static byte[] withBody(StringBuilder head, byte[] body, boolean keepAlive) {
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] response = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, response, 0, headBytes.length);
        System.arraycopy(body, 0, response, headBytes.length, body.length);
        return response;
    }

    private static void appendIfPresent(StringBuilder head, String name, String value) {
        if (value != null && !value.isEmpty()) {
            head.append(name).append(": ").append(value).append("\r\n");
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 202 -> "Accepted";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 410 -> "Gone";
            case 413 -> "Content Too Large";
            case 431 -> "Request Header Fields Too Large";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status";
        };
    }
}
