package dev.barista.storage.sqlite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A string map as one text column, for small maps always read whole (environment variables, alias weights).
 * Each entry, in key order, is written {@code <key length>:<key><value length>:<value>}, lengths in UTF-16 code
 * units. Length prefixes make it unambiguous for any content without escaping; the empty map is the empty text.
 */
final class StringMapEncoding {

    private StringMapEncoding() {
    }

    static String encode(Map<String, String> map) {
        var text = new StringBuilder();
        new TreeMap<>(map).forEach((key, value) -> {
            text.append(key.length()).append(':').append(key);
            text.append(value.length()).append(':').append(value);
        });
        return text.toString();
    }

    static Map<String, String> decode(String text) {
        var strings = new ArrayList<String>();
        int position = 0;
        while (position < text.length()) {
            int separator = text.indexOf(':', position);
            int length = separator < 0 ? -1 : parseLength(text, position, separator);
            if (length < 0 || separator + 1 + length > text.length()) {
                throw malformed(text);
            }
            strings.add(text.substring(separator + 1, separator + 1 + length));
            position = separator + 1 + length;
        }
        if (strings.size() % 2 != 0) {
            throw malformed(text);
        }
        var map = new HashMap<String, String>();
        for (int index = 0; index < strings.size(); index += 2) {
            map.put(strings.get(index), strings.get(index + 1));
        }
        return map;
    }

    private static int parseLength(String text, int start, int end) {
        try {
            return Integer.parseInt(text, start, end, 10);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    /** Says nothing of the content, which can hold secrets (environment variables). */
    private static IllegalStateException malformed(String text) {
        return new IllegalStateException("Malformed encoded map in the database (" + text.length() + " characters)");
    }
}
