package dev.barista.core.scheduler;

/**
 * Why an invocation was refused for concurrency. The reason text is the {@code Reason} Lambda puts on its
 * {@code TooManyRequestsException}; it travels as {@link dev.barista.core.error.BaristaException#reason()}.
 */
enum ThrottleReason {
    /** The function runs as many invocations as its reserved concurrency allows (always, when it is 0). */
    RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED("ReservedFunctionConcurrentInvocationLimitExceeded"),
    /** The unreserved pool is in full use, or this node has no memory left for another environment. */
    CONCURRENT_INVOCATION_LIMIT_EXCEEDED("ConcurrentInvocationLimitExceeded");

    private final String reason;

    ThrottleReason(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
