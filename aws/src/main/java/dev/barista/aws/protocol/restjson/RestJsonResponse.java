package dev.barista.aws.protocol.restjson;

import dev.barista.aws.http.HttpHeaders;
import java.util.Objects;

/**
 * What a restJson operation answers; the protocol adds {@code x-amzn-RequestId} unless the operation set it, and
 * {@code Content-Type} for JSON bodies.
 */
public record RestJsonResponse(int status, HttpHeaders headers, Body body) {
    private static final Body EMPTY = new Body.Empty();

    public RestJsonResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /** 200 with a wire record as JSON. */
    public static RestJsonResponse ok(Object document) {
        return new RestJsonResponse(200, HttpHeaders.empty(), new Body.Json(document));
    }

    /** 201 with a wire record as JSON. */
    public static RestJsonResponse created(Object document) {
        return new RestJsonResponse(201, HttpHeaders.empty(), new Body.Json(document));
    }

    /** 204 without a body. */
    public static RestJsonResponse noContent() {
        return new RestJsonResponse(204, HttpHeaders.empty(), EMPTY);
    }

    /** Any status with bytes passed through unchanged (an invocation's payload), or none when null. */
    public static RestJsonResponse raw(int status, HttpHeaders headers, String contentType, byte[] content) {
        return new RestJsonResponse(status, headers, content == null ? EMPTY : new Body.Bytes(contentType, content));
    }

    /** The content of a response. */
    public sealed interface Body {

        /** A wire record (or map), written as JSON. */
        record Json(Object document) implements Body {
            public Json {
                Objects.requireNonNull(document, "document");
            }
        }

        /** Bytes sent as they are. */
        record Bytes(String contentType, byte[] content) implements Body {
            public Bytes {
                Objects.requireNonNull(contentType, "contentType");
                Objects.requireNonNull(content, "content");
            }
        }

        /** No content. */
        record Empty() implements Body {
        }
    }
}
