package dev.barista.http;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link BlockingHttpServer.Handler} answers: a status, header fields and a whole body. The server adds
 * {@code Content-Length}, {@code Date} and, when the connection closes, {@code Connection: close}.
 */
public record Response(int status, List<HeaderField> headers, byte[] body) {
    private static final byte[] NO_BODY = new byte[0];

    public Response {
        headers = List.copyOf(headers);
        body = Objects.requireNonNullElse(body, NO_BODY);
    }
}
