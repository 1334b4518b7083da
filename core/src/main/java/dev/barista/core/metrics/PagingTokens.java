package dev.barista.core.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque paging tokens: a kind and a position, base64url. A token of another kind, or not of ours, is refused
 * with CloudWatch's {@code InvalidNextToken}.
 */
final class PagingTokens {

    private PagingTokens() {
    }

    static String encode(String kind, String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + ":" + position)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The position a token carries; null for a null token. */
    static String decode(String kind, String token) {
        if (token == null) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw MetricErrors.invalidNextToken();
        }
        if (!text.startsWith(kind + ":")) {
            throw MetricErrors.invalidNextToken();
        }
        return text.substring(kind.length() + 1);
    }
}
