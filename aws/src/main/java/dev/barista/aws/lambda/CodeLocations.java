package dev.barista.aws.lambda;

import java.util.Base64;
import java.util.Optional;

/**
 * Where GetFunction tells callers to download a deployment package: {@code http://<Host>/_barista/code/<sha>},
 * with the package's SHA-256 in URL-safe base64 without padding. The server serves that path from the code store;
 * it turns the segment back into the {@code CodeSha256} with {@link #sha256Base64(String)}.
 */
public final class CodeLocations {
    /** The path prefix the server must serve. */
    public static final String PATH_PREFIX = "/_barista/code/";
    private static final String FALLBACK_HOST = "localhost";

    private CodeLocations() {
    }

    /**
     * @param host the request's {@code Host} header (name and port), or null for {@code localhost}
     * @param sha256Base64 the package's {@code CodeSha256}, standard base64
     */
    public static String url(String host, String sha256Base64) {
        return "http://" + (host == null || host.isEmpty() ? FALLBACK_HOST : host) + PATH_PREFIX
                + pathSegment(sha256Base64);
    }

    /** The {@code CodeSha256} in URL-safe base64 without padding. */
    public static String pathSegment(String sha256Base64) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(sha256Base64));
    }

    /** The {@code CodeSha256} (standard base64) a path segment names, or empty when it is not URL-safe base64. */
    public static Optional<String> sha256Base64(String pathSegment) {
        try {
            return Optional.of(Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(pathSegment)));
        } catch (IllegalArgumentException exception) {
            return Optional.empty();
        }
    }
}
