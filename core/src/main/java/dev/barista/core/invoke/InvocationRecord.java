package dev.barista.core.invoke;

import java.time.Instant;
import java.util.Objects;

/**
 * What Lambda sends a destination about an asynchronous invocation: the request, how it ended and why the record
 * was sent. {@link AsyncDocuments#invocationRecord} writes it as Lambda's JSON document ({@code "version": "1.0"}).
 *
 * @param functionArn the ARN the invocation named, always qualified ({@code :$LATEST} when it named none)
 * @param approximateInvokeCount how many times the event was handed to the function, throttled attempts included
 * @param requestPayload the event as the caller sent it (JSON)
 * @param response how the latest attempt ended, or null when there was none
 */
public record InvocationRecord(Instant timestamp, String requestId, String functionArn, Condition condition,
                               int approximateInvokeCount, byte[] requestPayload, AttemptResponse response) {
    public InvocationRecord {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(functionArn, "functionArn");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(requestPayload, "requestPayload");
    }

    /** Why the record was sent: {@code requestContext.condition}. */
    public enum Condition {
        SUCCESS("Success"),
        RETRIES_EXHAUSTED("RetriesExhausted"),
        EVENT_AGE_EXCEEDED("EventAgeExceeded");

        private final String wireName;

        Condition(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
