package dev.barista.core.invoke;

import java.util.Objects;

/**
 * One Invoke call. The payload has been checked to be JSON at the edge (an empty payload stands for {@code {}}).
 *
 * @param qualifier the {@code Qualifier} query parameter, or null
 * @param tailLog whether the caller asked for {@code LogType: Tail}
 * @param clientContext the decoded JSON client context, or null
 */
public record InvokeRequest(String functionNameOrArn, String qualifier, InvocationType type, boolean tailLog,
                            byte[] payload, String clientContext) {
    public InvokeRequest {
        Objects.requireNonNull(functionNameOrArn, "functionNameOrArn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
