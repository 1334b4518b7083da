package dev.barista.core.queue;

import dev.barista.core.json.JsonStrings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strict reader of the small JSON documents SQS keeps in attributes ({@code RedrivePolicy},
 * {@code RedriveAllowPolicy}, {@code Policy}), and the writer of their normalized forms. Core takes no JSON library:
 * these documents are a few members deep, and their rules are SQS's. Values read as {@link Map} (in document
 * order), {@link List}, {@link String}, {@link BigDecimal}, {@link Boolean} or null. Stateless and thread-safe.
 */
final class PolicyJson {
    private final String text;
    private int position;

    private PolicyJson(String text) {
        this.text = text;
    }

    /** The JSON object the text holds, or empty when it is not exactly one JSON object. */
    static Optional<Map<String, Object>> readObject(String text) {
        try {
            PolicyJson reader = new PolicyJson(text);
            reader.skipSpace();
            if (!reader.peek('{')) {
                return Optional.empty();
            }
            Object value = reader.value();
            reader.skipSpace();
            if (reader.position != text.length()) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) value;
            return Optional.of(object);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    /** A value read by {@link #readObject} (or built of the same types) as compact JSON. */
    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        write(json, value);
        return json.toString();
    }

    private static void write(StringBuilder json, Object value) {
        switch (value) {
            case null -> json.append("null");
            case String text -> json.append(JsonStrings.quoted(text));
            case Map<?, ?> map -> {
                json.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> member : map.entrySet()) {
                    json.append(first ? "" : ",").append(JsonStrings.quoted(String.valueOf(member.getKey())))
                            .append(':');
                    write(json, member.getValue());
                    first = false;
                }
                json.append('}');
            }
            case List<?> list -> {
                json.append('[');
                for (int index = 0; index < list.size(); index++) {
                    json.append(index == 0 ? "" : ",");
                    write(json, list.get(index));
                }
                json.append(']');
            }
            default -> json.append(value);
        }
    }

    private Object value() {
        skipSpace();
        char first = text.charAt(position);
        return switch (first) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        expect('{');
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek('}')) {
            position++;
            return members;
        }
        do {
            skipSpace();
            String name = string();
            skipSpace();
            expect(':');
            if (members.put(name, value()) != null) {
                throw new IllegalArgumentException("duplicate member " + name);
            }
            skipSpace();
        } while (consume(','));
        expect('}');
        return members;
    }

    private List<Object> array() {
        expect('[');
        List<Object> elements = new ArrayList<>();
        skipSpace();
        if (peek(']')) {
            position++;
            return elements;
        }
        do {
            elements.add(value());
            skipSpace();
        } while (consume(','));
        expect(']');
        return elements;
    }

    private String string() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            char character = text.charAt(position++);
            if (character == '"') {
                return value.toString();
            }
            if (character < 0x20) {
                throw new IllegalArgumentException("control character in a string");
            }
            if (character != '\\') {
                value.append(character);
                continue;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> throw new IllegalArgumentException("bad escape");
            }
        }
    }

    private BigDecimal number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        if (start == position) {
            throw new IllegalArgumentException("unexpected character");
        }
        return new BigDecimal(text.substring(start, position));
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw new IllegalArgumentException("unexpected literal");
        }
        position += word.length();
        return value;
    }

    private void skipSpace() {
        while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private boolean peek(char expected) {
        return position < text.length() && text.charAt(position) == expected;
    }

    private boolean consume(char expected) {
        if (peek(expected)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!consume(expected)) {
            throw new IllegalArgumentException("expected " + expected);
        }
    }
}
