package dev.barista.aws.http;

import java.util.Objects;

/**
 * One HTTP request as the server received it, independent of any server library. The body is not copied: the
 * caller hands it over and must not change it afterwards.
 *
 * @param method the request method in upper case, such as {@code POST}
 * @param rawPath the path exactly as sent, still percent-encoded, without the query
 * @param rawQuery the query string exactly as sent, without {@code ?}; empty when there is none
 * @param body the request content; empty when there is none
 */
public record HttpRequest(String method, String rawPath, String rawQuery, HttpHeaders headers, byte[] body) {
    private static final byte[] NO_BODY = new byte[0];

    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = headers == null ? HttpHeaders.empty() : headers;
        body = body == null ? NO_BODY : body;
    }
}
