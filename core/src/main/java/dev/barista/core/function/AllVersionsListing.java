package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * ListFunctions with {@code FunctionVersion=ALL}: every version of every function, in function order. The marker
 * names the function and the version marker inside it.
 */
final class AllVersionsListing {
    private AllVersionsListing() {
    }

    static Page<FunctionConfiguration> page(FunctionStore store, String marker, int size) {
        String functionMarker = null;
        String versionMarker = null;
        if (marker != null) {
            String decoded = decode(marker);
            int separator = decoded.indexOf('\n');
            if (separator < 0) {
                throw BaristaException.invalidParameter("Invalid marker: " + marker);
            }
            functionMarker = emptyToNull(decoded.substring(0, separator));
            versionMarker = emptyToNull(decoded.substring(separator + 1));
        }
        List<FunctionConfiguration> items = new ArrayList<>();
        while (items.size() < size) {
            Page<FunctionConfiguration> functions = store.listLatest(functionMarker, 1);
            if (functions.items().isEmpty()) {
                return new Page<>(items, null);
            }
            String name = functions.items().get(0).functionName();
            Page<FunctionConfiguration> versions = store.listVersions(name, versionMarker, size - items.size());
            items.addAll(versions.items());
            if (versions.nextMarker() != null) {
                return new Page<>(items, encode(functionMarker, versions.nextMarker()));
            }
            versionMarker = null;
            functionMarker = functions.nextMarker();
            if (functionMarker == null) {
                return new Page<>(items, null);
            }
        }
        return new Page<>(items, encode(functionMarker, null));
    }

    private static String decode(String marker) {
        try {
            return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw BaristaException.invalidParameter("Invalid marker: " + marker);
        }
    }

    private static String encode(String functionMarker, String versionMarker) {
        String text = (functionMarker == null ? "" : functionMarker) + "\n" + (versionMarker == null ? "" : versionMarker);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
