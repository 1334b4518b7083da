package dev.barista.core.logs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a log message as JSON for JSON filter patterns, into plain values: {@code Map<String, Object>},
 * {@code List<Object>}, {@code String}, {@code BigDecimal}, {@code Boolean} and {@link #NULL}. Core takes no JSON
 * library; this reader does only what matching needs and rejects (as "not JSON") anything RFC 8259 does not allow.
 * Stateless and thread-safe.
 */
final class JsonText {
    /** JSON's {@code null}, distinct from an absent member. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    private static final int MAXIMUM_DEPTH = 512;

    private final String text;
    private int index;

    private JsonText(String text) {
        this.text = text;
    }

    /** The message as a JSON object or array, or empty when it is not one. */
    static Optional<Object> parse(String message) {
        String trimmed = message.strip();
        if (trimmed.isEmpty() || (trimmed.charAt(0) != '{' && trimmed.charAt(0) != '[')) {
            return Optional.empty();
        }
        JsonText reader = new JsonText(trimmed);
        try {
            Object value = reader.value(0);
            reader.skipWhitespace();
            return reader.index == trimmed.length() ? Optional.of(value) : Optional.empty();
        } catch (NotJson | IndexOutOfBoundsException | NumberFormatException failure) {
            return Optional.empty();
        }
    }

    private Object value(int depth) {
        if (depth > MAXIMUM_DEPTH) {
            throw new NotJson();
        }
        skipWhitespace();
        char next = text.charAt(index);
        return switch (next) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> number();
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        index++;
        skipWhitespace();
        if (text.charAt(index) == '}') {
            index++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (text.charAt(index) != '"') {
                throw new NotJson();
            }
            String name = string();
            skipWhitespace();
            expect(':');
            members.put(name, value(depth + 1));
            skipWhitespace();
            if (text.charAt(index) == ',') {
                index++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> elements = new ArrayList<>();
        index++;
        skipWhitespace();
        if (text.charAt(index) == ']') {
            index++;
            return elements;
        }
        while (true) {
            elements.add(value(depth + 1));
            skipWhitespace();
            if (text.charAt(index) == ',') {
                index++;
            } else {
                expect(']');
                return elements;
            }
        }
    }

    private String string() {
        index++;
        StringBuilder value = new StringBuilder();
        while (true) {
            char character = text.charAt(index++);
            if (character == '"') {
                return value.toString();
            }
            if (character < 0x20) {
                throw new NotJson();
            }
            if (character != '\\') {
                value.append(character);
                continue;
            }
            char escaped = text.charAt(index++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(text.substring(index, index + 4), 16));
                    index += 4;
                }
                default -> throw new NotJson();
            }
        }
    }

    private BigDecimal number() {
        int start = index;
        while (index < text.length() && "+-0123456789.eE".indexOf(text.charAt(index)) >= 0) {
            index++;
        }
        String number = text.substring(start, index);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new NotJson();
        }
        return new BigDecimal(number);
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, index)) {
            throw new NotJson();
        }
        index += word.length();
        return value;
    }

    private void expect(char character) {
        if (text.charAt(index) != character) {
            throw new NotJson();
        }
        index++;
    }

    private void skipWhitespace() {
        while (index < text.length() && " \t\n\r".indexOf(text.charAt(index)) >= 0) {
            index++;
        }
    }

    /** Control flow only: the message is not JSON. */
    private static final class NotJson extends RuntimeException {
        NotJson() {
            super(null, null, false, false);
        }
    }
}
