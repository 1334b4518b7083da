package dev.barista.core.invoke;

import dev.barista.core.queue.MessageAttributeValue;
import dev.barista.core.queue.OutgoingMessage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The message Lambda sends a function's dead-letter queue for an event it gave up: the event as it is, with the
 * attributes {@code RequestID} (String), {@code ErrorCode} (Number, the HTTP status of the last attempt) and
 * {@code ErrorMessage} (String, the first 1 KB of the error message).
 */
final class DeadLetterMessages {
    private static final int ERROR_MESSAGE_BYTES = 1024;

    private DeadLetterMessages() {
    }

    static OutgoingMessage of(AsyncInvocation invocation, AttemptResponse lastResponse, AsyncDocuments documents) {
        int status = lastResponse == null ? 500 : lastResponse.statusCode();
        return new OutgoingMessage(new String(invocation.payload(), StandardCharsets.UTF_8), Map.of(
                "RequestID", MessageAttributeValue.string(invocation.requestId()),
                "ErrorCode", new MessageAttributeValue("Number", Integer.toString(status), null),
                "ErrorMessage", MessageAttributeValue.string(firstKilobyte(errorMessage(lastResponse, documents)))),
                null, null, null);
    }

    private static String errorMessage(AttemptResponse response, AsyncDocuments documents) {
        if (response == null) {
            return "Event age exceeded";
        }
        if (response.errorMessage() != null) {
            return response.errorMessage();
        }
        return response.payload() == null ? "" : documents.errorMessage(response.payload());
    }

    /** The longest prefix that fits 1 KB in UTF-8, never splitting a character. */
    static String firstKilobyte(String message) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        ByteBuffer bytes = ByteBuffer.allocate(ERROR_MESSAGE_BYTES);
        CharBuffer characters = CharBuffer.wrap(message);
        encoder.encode(characters, bytes, true);
        return message.substring(0, characters.position());
    }
}
