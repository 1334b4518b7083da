package dev.barista.runtime.api;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.barista.core.environment.InitOutcome;
import java.nio.charset.StandardCharsets;

/** The error documents the platform itself writes, in the shape Lambda answers them. */
public final class RuntimeErrors {

    /** The process exited or was killed; Lambda prefixes the message with the request id when it has one. */
    public static final String EXIT_ERROR = "Runtime.ExitError";
    /** The entrypoint (a {@code bootstrap} file, an interpreter) could not be started. */
    public static final String INVALID_ENTRYPOINT = "Runtime.InvalidEntrypoint";
    /** The runtime did not become ready before the init timeout. */
    public static final String SANDBOX_TIMEOUT = "Sandbox.Timedout";

    private RuntimeErrors() {
    }

    /** A failed initialisation with the document {@code {"errorType":...,"errorMessage":...}}. */
    public static InitOutcome.Failed initFailure(String errorType, String errorMessage) {
        return new InitOutcome.Failed(document(errorType, errorMessage), errorType, errorMessage);
    }

    /** The message Lambda uses for a runtime that ended, such as {@code Runtime exited with error: signal: killed}. */
    public static String exitMessage(String reason) {
        return "Runtime exited with error: " + reason;
    }

    static byte[] document(String errorType, String errorMessage) {
        var encoder = JsonStringEncoder.getInstance();
        String json = "{\"errorType\":\"" + new String(encoder.quoteAsString(errorType))
                + "\",\"errorMessage\":\"" + new String(encoder.quoteAsString(errorMessage)) + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
