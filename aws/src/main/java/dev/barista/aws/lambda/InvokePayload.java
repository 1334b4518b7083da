package dev.barista.aws.lambda;

import dev.barista.aws.protocol.JsonCodec;
import dev.barista.aws.protocol.MalformedJsonException;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.invoke.InvocationType;

/**
 * The payload of an Invoke request, checked as Lambda checks it before anything runs. The 6 MB limit of every
 * invocation is the route's {@link dev.barista.aws.protocol.restjson.BodyLimit}, checked before this.
 */
final class InvokePayload {
    /** Asynchronous invocations accept 1 MB since late 2025 (256 KB before). */
    static final int EVENT_LIMIT_BYTES = 1_048_576;

    private InvokePayload() {
    }

    /**
     * @return the body itself (not copied), or {@code {}} when it is empty
     * @throws BaristaException REQUEST_TOO_LARGE for an Event over 1 MB, INVALID_REQUEST_CONTENT when the body is
     *     not one JSON value
     */
    static byte[] of(byte[] body, InvocationType type, JsonCodec json) {
        if (type == InvocationType.EVENT && body.length > EVENT_LIMIT_BYTES) {
            throw new BaristaException(ErrorCode.REQUEST_TOO_LARGE, body.length + " byte payload is too large for the"
                    + " Event invocation type (limit " + EVENT_LIMIT_BYTES + " bytes)");
        }
        if (body.length == 0) {
            return new byte[] {'{', '}'};
        }
        try {
            json.requireSingleValue(body);
        } catch (MalformedJsonException exception) {
            throw new BaristaException(ErrorCode.INVALID_REQUEST_CONTENT,
                    "Could not parse request body into json: Could not parse payload into json: "
                            + exception.getMessage());
        }
        return body;
    }
}
