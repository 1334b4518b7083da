package dev.barista.runtime.api;

/** How {@link RuntimeChannel} took a call from the runtime; the endpoint handlers turn it into an HTTP status. */
enum Answer {
    /** The call was valid in the current state: 202. */
    ACCEPTED,
    /** No invocation with that request id is waiting for an answer: 400 {@code InvalidRequestID}. */
    UNKNOWN_REQUEST_ID,
    /** The call is not allowed in the current state: 403 {@code InvalidStateTransition}. */
    INVALID_STATE_TRANSITION,
    /** The environment has ended; nobody listens any more: 410. */
    ENDED
}
