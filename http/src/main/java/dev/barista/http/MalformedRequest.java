package dev.barista.http;

import java.io.IOException;

/** A request that is not HTTP/1.1 as {@link RequestReader} reads it; answered with {@link #status}, then closed. */
public final class MalformedRequest extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public MalformedRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
