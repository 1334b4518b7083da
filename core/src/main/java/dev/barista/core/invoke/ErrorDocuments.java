package dev.barista.core.invoke;

import dev.barista.core.json.JsonStrings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The error documents the Lambda platform itself answers with (not the runtime's). */
final class ErrorDocuments {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ErrorDocuments() {
    }

    /** {@code 2024-01-01T12:00:00.000Z <requestId> Task timed out after 3.00 seconds}. */
    static String timeoutMessage(Instant started, String requestId, int timeoutSeconds) {
        return TIMESTAMP.format(started) + " " + requestId + " Task timed out after " + timeoutSeconds + ".00 seconds";
    }

    static byte[] timeout(String message) {
        return ("{\"errorMessage\":" + JsonStrings.quoted(message) + "}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] exited(String message) {
        return document(message, "Runtime.ExitError");
    }

    static byte[] responseTooLarge(int size) {
        return document("Response payload size (" + size + " bytes) exceeded maximum allowed payload size"
                + " (6291556 bytes).", "Function.ResponseSizeTooLarge");
    }

    static byte[] document(String message, String type) {
        return ("{\"errorType\":" + JsonStrings.quoted(type) + ",\"errorMessage\":" + JsonStrings.quoted(message)
                + "}").getBytes(StandardCharsets.UTF_8);
    }
}
