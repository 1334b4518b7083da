package dev.barista.core.invoke;

/** Lambda's {@code X-Amz-Invocation-Type}. */
public enum InvocationType {
    REQUEST_RESPONSE,
    EVENT,
    DRY_RUN
}
