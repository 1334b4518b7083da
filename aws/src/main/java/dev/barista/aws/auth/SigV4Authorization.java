package dev.barista.aws.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code Authorization} header of AWS Signature Version 4:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date,
 * Signature=<hex>}. Parsing does not verify anything; {@link SignatureVerifier} does.
 *
 * @param signedHeaders lower-case header names in the order signed
 */
public record SigV4Authorization(CredentialScope credential, List<String> signedHeaders, String signature) {
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";

    public SigV4Authorization {
        Objects.requireNonNull(credential, "credential");
        signedHeaders = List.copyOf(signedHeaders);
        Objects.requireNonNull(signature, "signature");
    }

    /** Parses a header value; empty when it is absent, of another scheme or malformed. */
    public static Optional<SigV4Authorization> parse(String header) {
        if (header == null || !header.startsWith(ALGORITHM + " ")) {
            return Optional.empty();
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String component : header.substring(ALGORITHM.length() + 1).split(",")) {
            String trimmed = component.trim();
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            String value = trimmed.substring(equals + 1);
            switch (trimmed.substring(0, equals)) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> {
                    // Unknown components are not part of SigV4; a verifier would refuse the request.
                }
            }
        }
        if (credential == null || signedHeaders == null || signature == null) {
            return Optional.empty();
        }
        Optional<CredentialScope> scope = scope(credential);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SigV4Authorization(scope.get(), List.of(signedHeaders.split(";")), signature));
    }

    private static Optional<CredentialScope> scope(String credential) {
        String[] parts = credential.split("/");
        if (parts.length != 5 || !"aws4_request".equals(parts[4])) {
            return Optional.empty();
        }
        return Optional.of(new CredentialScope(parts[0], parts[1], parts[2], parts[3]));
    }
}
