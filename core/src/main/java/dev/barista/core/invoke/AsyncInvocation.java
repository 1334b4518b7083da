package dev.barista.core.invoke;

import java.time.Instant;
import java.util.Objects;

/**
 * An accepted {@code InvocationType: Event} invocation waiting to run.
 *
 * @param qualifier the version or alias the caller named, or null for {@code $LATEST}
 */
public record AsyncInvocation(String requestId, String functionName, String qualifier, byte[] payload,
                              Instant acceptedAt) {
    public AsyncInvocation {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
