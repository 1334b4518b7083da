package dev.barista.core.json;

/**
 * JSON string literals for the few documents core writes itself (error payloads, queue policies, platform log
 * records): quotes, backslashes and control characters escaped as RFC 8259 requires, everything else as it is.
 */
public final class JsonStrings {
    private JsonStrings() {
    }

    /** A JSON string literal, quotes included. */
    public static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (character < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) character));
                    } else {
                        quoted.append(character);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
