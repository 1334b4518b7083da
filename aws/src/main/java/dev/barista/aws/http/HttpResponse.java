package dev.barista.aws.http;

import java.util.Objects;

/**
 * One HTTP response for the server to send. The body is not copied (an invocation's payload passes through as is);
 * the server must not change it. The server adds {@code Content-Length} itself.
 *
 * @param body the response content; empty for none
 */
public record HttpResponse(int status, HttpHeaders headers, byte[] body) {
    private static final byte[] NO_BODY = new byte[0];

    public HttpResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        Objects.requireNonNull(headers, "headers");
        body = body == null ? NO_BODY : body;
    }
}
