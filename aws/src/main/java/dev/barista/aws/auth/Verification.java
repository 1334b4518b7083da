package dev.barista.aws.auth;

import java.util.Objects;

/** What a {@link SignatureVerifier} decided about one request. */
public sealed interface Verification {

    /** The request may proceed. */
    record Accepted() implements Verification {
    }

    /**
     * The request must be refused with HTTP 403, in the envelope of its protocol.
     *
     * @param code the AWS error code, such as {@code InvalidSignatureException} or {@code SignatureDoesNotMatch}
     */
    record Rejected(String code, String message) implements Verification {
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
