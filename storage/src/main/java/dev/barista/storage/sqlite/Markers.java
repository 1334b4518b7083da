package dev.barista.storage.sqlite;

import dev.barista.core.error.BaristaException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Listing markers: the key of the last item of a page, base64url-encoded so that callers treat it as opaque. */
final class Markers {

    private Markers() {
    }

    static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The key a marker was made from; the listing continues after it. */
    static String decode(String marker) {
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    static BaristaException invalid() {
        return BaristaException.invalidParameter("Invalid marker");
    }
}
