package dev.barista.aws.auth;

import dev.barista.aws.http.HttpRequest;

/**
 * Decides whether a request's signature is acceptable. The gateway asks once per request, after choosing the
 * protocol and before decoding anything; a verifier that checks signatures recomputes the canonical request (its
 * path with {@link CanonicalUri}) and compares. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SignatureVerifier {

    /**
     * @param authorization the parsed {@code Authorization} header, or null when the request is unsigned or its
     *     header is not SigV4
     */
    Verification verify(HttpRequest request, SigV4Authorization authorization);

    /** Accepts every request, signed or not: Barista does not check signatures yet. */
    static SignatureVerifier acceptingAll() {
        Verification accepted = new Verification.Accepted();
        return (request, authorization) -> accepted;
    }
}
