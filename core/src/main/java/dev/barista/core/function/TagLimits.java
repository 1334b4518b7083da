package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import java.util.Map;

/** Lambda's limits on tags: 50 per resource, keys up to 128 characters, values up to 256, no {@code aws:} keys. */
final class TagLimits {
    private TagLimits() {
    }

    static void check(Map<String, String> tags) {
        if (tags.size() > 50) {
            throw BaristaException.invalidParameter("Number of tags exceeds resource tag limit.");
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            String key = tag.getKey();
            if (key == null || key.isEmpty() || key.length() > 128 || key.toLowerCase().startsWith("aws:")) {
                throw BaristaException.invalidParameter("Tag key " + key + " is invalid.");
            }
            if (tag.getValue() != null && tag.getValue().length() > 256) {
                throw BaristaException.invalidParameter("Tag value for key " + key + " is longer than 256 characters.");
            }
        }
    }
}
