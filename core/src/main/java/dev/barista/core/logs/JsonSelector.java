package dev.barista.core.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON filter pattern's selector, {@code $.user.id} or {@code $.items[0].name}: member names and array indexes
 * from the root.
 *
 * @param steps each a {@code String} member name or an {@code Integer} index
 */
record JsonSelector(String text, List<Object> steps) {
    JsonSelector {
        steps = List.copyOf(steps);
    }

    /** Parses {@code $} followed by {@code .name} and {@code [index]} steps. */
    static JsonSelector parse(String text) {
        if (!text.startsWith("$") || text.length() < 2) {
            throw FilterPatternParser.invalid("the selector " + text + " does not start with $. or $[");
        }
        List<Object> steps = new ArrayList<>();
        int index = 1;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character == '.') {
                int end = index + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                if (end == index + 1) {
                    throw FilterPatternParser.invalid("the selector " + text + " has an empty member name");
                }
                steps.add(text.substring(index + 1, end));
                index = end;
            } else if (character == '[') {
                int close = text.indexOf(']', index);
                if (close < 0 || !text.substring(index + 1, close).matches("[0-9]{1,9}")) {
                    throw FilterPatternParser.invalid("the selector " + text + " has an invalid array index");
                }
                steps.add(Integer.parseInt(text.substring(index + 1, close)));
                index = close + 1;
            } else {
                throw FilterPatternParser.invalid("the selector " + text + " is invalid");
            }
        }
        return new JsonSelector(text, steps);
    }

    /** The selected value, or empty when the document has no such member or element. */
    Optional<Object> select(Object document) {
        Object current = document;
        for (Object step : steps) {
            if (step instanceof String name && current instanceof Map<?, ?> members && members.containsKey(name)) {
                current = members.get(name);
            } else if (step instanceof Integer position && current instanceof List<?> elements
                    && position < elements.size()) {
                current = elements.get(position);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** The member names, which a matching message's text contains, when they need no JSON escaping. */
    IndexQuery memberWords() {
        return IndexQuery.allOf(steps.stream().filter(step -> step instanceof String name && Words.isJsonSafe(name))
                .map(step -> IndexQuery.wordsOf((String) step)).toList());
    }
}
