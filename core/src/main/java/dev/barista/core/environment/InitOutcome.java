package dev.barista.core.environment;

/** How an environment's initialisation ended. */
public sealed interface InitOutcome {

    /** The runtime asked for its first event. */
    record Ready() implements InitOutcome {
    }

    /**
     * The runtime posted {@code /init/error}, exited, or did not become ready in time.
     *
     * @param errorPayload the JSON error document to answer the invocation with
     *     ({@code {"errorMessage":...,"errorType":...}})
     * @param errorType such as {@code Runtime.ImportModuleError}, {@code Runtime.ExitError}
     * @param platformMessage for failures the platform words itself ({@code Runtime.ExitError}): the message
     *     without the request id, which the invocation that meets the failure puts in front; null otherwise
     */
    record Failed(byte[] errorPayload, String errorType, String platformMessage) implements InitOutcome {
        /** A failure the runtime reported in its own words. */
        public Failed(byte[] errorPayload, String errorType) {
            this(errorPayload, errorType, null);
        }
    }
}
