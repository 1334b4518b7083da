package dev.barista.core.eventinvoke;

import java.time.Instant;
import java.util.Objects;

/**
 * How a function's asynchronous invocations are handled, for one qualifier: {@code $LATEST}, a version or an
 * alias. Unset limits fall back to Lambda's defaults (2 retries, 6 hours).
 *
 * @param qualifier {@code $LATEST}, a version number or an alias name; never null
 * @param maximumRetryAttempts retries after a function error (0-2), or null when not set
 * @param maximumEventAgeInSeconds how long an event is kept (60-21,600), or null when not set
 * @param onSuccess the ARN of the destination of successful invocations, or null
 * @param onFailure the ARN of the destination of failed invocations, or null
 */
public record EventInvokeConfig(String functionName, String qualifier, Integer maximumRetryAttempts,
                                Integer maximumEventAgeInSeconds, String onSuccess, String onFailure,
                                Instant lastModified) {
    public EventInvokeConfig {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(lastModified, "lastModified");
        onSuccess = onSuccess == null || onSuccess.isEmpty() ? null : onSuccess;
        onFailure = onFailure == null || onFailure.isEmpty() ? null : onFailure;
    }
}
