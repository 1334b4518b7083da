package dev.barista.core.function;

import java.util.Objects;

/**
 * A stored deployment package, addressed by its content.
 *
 * @param sha256Base64 the SHA-256 of the zip, base64 (Lambda's {@code CodeSha256})
 * @param sizeBytes size of the zip
 * @param unzippedSizeBytes size of its extracted files
 */
public record CodeArtifact(String sha256Base64, long sizeBytes, long unzippedSizeBytes) {
    public CodeArtifact {
        Objects.requireNonNull(sha256Base64, "sha256Base64");
    }
}
