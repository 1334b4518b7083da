package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a receipt handle names: one receive (its token) of one message of one queue. On the wire it is opaque:
 * the URL-safe base64 of {@code <queue>/<message id>/<token>}.
 */
record ReceiptHandle(String queueName, String messageId, String token) {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    String encode() {
        return ENCODER.encodeToString((queueName + "/" + messageId + "/" + token).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws BaristaException RECEIPT_HANDLE_INVALID when the text is not a handle of this queue
     */
    static ReceiptHandle decode(String text, String queueName) {
        if (text == null || text.isEmpty()) {
            throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                    + " ReceiptHandle.");
        }
        try {
            String[] parts = new String(DECODER.decode(text), StandardCharsets.UTF_8).split("/", -1);
            if (parts.length == 3 && parts[0].equals(queueName) && !parts[1].isEmpty() && !parts[2].isEmpty()) {
                return new ReceiptHandle(parts[0], parts[1], parts[2]);
            }
        } catch (IllegalArgumentException notBase64) {
            // the same answer as a handle of the wrong shape
        }
        throw new BaristaException(ErrorCode.RECEIPT_HANDLE_INVALID, "The input receipt handle \"" + text
                + "\" is not a valid receipt handle.");
    }
}
