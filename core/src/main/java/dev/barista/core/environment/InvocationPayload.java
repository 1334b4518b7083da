package dev.barista.core.environment;

import java.time.Instant;
import java.util.Objects;

/**
 * One event as the Runtime API hands it to the runtime ({@code GET /next} body and headers).
 *
 * @param clientContext JSON of the client context, or null
 * @param cognitoIdentity JSON of the Cognito identity, or null
 */
public record InvocationPayload(
        String requestId,
        byte[] body,
        String invokedFunctionArn,
        Instant deadline,
        String traceId,
        String clientContext,
        String cognitoIdentity) {

    public InvocationPayload {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(invokedFunctionArn, "invokedFunctionArn");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(traceId, "traceId");
    }
}
