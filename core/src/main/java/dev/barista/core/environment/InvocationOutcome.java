package dev.barista.core.environment;

/** How one invocation in an environment ended. */
public sealed interface InvocationOutcome {

    /** The runtime posted {@code /response}. */
    record Success(byte[] payload) implements InvocationOutcome {
    }

    /**
     * The runtime posted {@code /error}; the environment stays usable.
     *
     * @param payload the error document as the runtime sent it
     * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header or the document's errorType
     */
    record FunctionError(byte[] payload, String errorType) implements InvocationOutcome {
    }

    /** The deadline passed before the runtime answered; the caller destroys the environment. */
    record TimedOut() implements InvocationOutcome {
    }

    /**
     * The process exited or was killed (memory limit) before answering; the environment is unusable.
     *
     * @param reason as Lambda words it after "Runtime exited with error: ", such as {@code signal: killed} or
     *     {@code exit status 1}
     */
    record Exited(String reason) implements InvocationOutcome {
    }
}
