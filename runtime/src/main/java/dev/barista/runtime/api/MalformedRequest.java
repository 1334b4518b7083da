package dev.barista.runtime.api;

import java.io.IOException;

/** A request that is not HTTP/1.1 as the Runtime API reads it; answered with {@code status}, then the connection closes. */
final class MalformedRequest extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    MalformedRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
