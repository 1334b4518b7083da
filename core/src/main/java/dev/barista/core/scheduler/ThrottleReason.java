package dev.barista.core.scheduler;

/**
 * Why an invocation was refused for concurrency. The reason text is the {@code Reason} Lambda puts on its
 * {@code TooManyRequestsException}; it travels as {@link dev.barista.core.error.BaristaException#reason()}.
 *
 * <p>Lambda documents four more reasons, which Barista never answers: {@code FunctionInvocationRateLimitExceeded}
 * and {@code ReservedFunctionInvocationRateLimitExceeded} (its scaling rate: Barista has none, and cold starts
 * beyond the ones that run at once wait for their turn), {@code CallerRateLimitExceeded} (a request rate per
 * caller: none either) and {@code ConcurrentSnapshotCreateLimitExceeded} (SnapStart, which Barista lacks).
 */
enum ThrottleReason {
    /** The function runs as many invocations as its reserved concurrency allows (always, when it is 0). */
    RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED("ReservedFunctionConcurrentInvocationLimitExceeded"),
    /**
     * The unreserved pool is in full use, or this node's memory budget has no room for another environment (Lambda
     * has no memory budget; of its reasons, an account out of concurrency is the closest).
     */
    CONCURRENT_INVOCATION_LIMIT_EXCEEDED("ConcurrentInvocationLimitExceeded");

    private final String reason;

    ThrottleReason(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
