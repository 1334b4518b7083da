package dev.barista.core.logs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a JSON filter pattern, {@code { <condition> }}: comparisons {@code $.selector <op> <value>} with
 * {@code = != < > <= >=}, values that are numbers, quoted or bare strings ({@code *} wildcards) or {@code %regex%};
 * {@code IS NULL}, {@code IS TRUE}, {@code IS FALSE}, {@code NOT EXISTS}; {@code &&} (binding tighter),
 * {@code ||} and parentheses. Order comparisons take numbers only.
 */
final class JsonConditionParser {
    private final List<String> tokens;
    private int position;

    private JsonConditionParser(List<String> tokens) {
        this.tokens = tokens;
    }

    static JsonCondition parse(String pattern) {
        if (!pattern.endsWith("}")) {
            throw FilterPatternParser.invalid("a JSON pattern ends with }");
        }
        JsonConditionParser parser = new JsonConditionParser(tokenize(pattern.substring(1, pattern.length() - 1)));
        if (parser.tokens.isEmpty()) {
            throw FilterPatternParser.invalid("a JSON pattern has a condition");
        }
        JsonCondition condition = parser.disjunction();
        if (parser.position != parser.tokens.size()) {
            throw FilterPatternParser.invalid("unexpected " + parser.tokens.get(parser.position));
        }
        return condition;
    }

    private JsonCondition disjunction() {
        JsonCondition condition = conjunction();
        while (accept("||")) {
            condition = new JsonCondition.Or(condition, conjunction());
        }
        return condition;
    }

    private JsonCondition conjunction() {
        JsonCondition condition = primary();
        while (accept("&&")) {
            condition = new JsonCondition.And(condition, primary());
        }
        return condition;
    }

    private JsonCondition primary() {
        if (accept("(")) {
            JsonCondition inner = disjunction();
            expect(")");
            return inner;
        }
        JsonSelector selector = JsonSelector.parse(next());
        String word = next();
        if (word.equalsIgnoreCase("IS")) {
            String what = next();
            return switch (what.toUpperCase(java.util.Locale.ROOT)) {
                case "NULL" -> new JsonCondition.Is(selector, JsonText.NULL);
                case "TRUE" -> new JsonCondition.Is(selector, Boolean.TRUE);
                case "FALSE" -> new JsonCondition.Is(selector, Boolean.FALSE);
                default -> throw FilterPatternParser.invalid("IS " + what + " is not NULL, TRUE or FALSE");
            };
        }
        if (word.equalsIgnoreCase("NOT")) {
            expect("EXISTS");
            return new JsonCondition.NotExists(selector);
        }
        JsonCondition.Operator operator = JsonCondition.Operator.of(word)
                .orElseThrow(() -> FilterPatternParser.invalid("expected an operator after " + selector.text()));
        JsonCondition.Value value = value(next());
        if (!operator.isEquality() && !(value instanceof JsonCondition.Value.Number)) {
            throw FilterPatternParser.invalid(word + " compares numbers only");
        }
        return new JsonCondition.Comparison(selector, operator, value);
    }

    private static JsonCondition.Value value(String token) {
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return JsonCondition.Value.Text.of(unquote(token));
        }
        if (token.length() >= 2 && token.startsWith("%") && token.endsWith("%")) {
            return new JsonCondition.Value.Regex(FilterPatternParser.regex(token.substring(1, token.length() - 1)));
        }
        if (token.matches("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            return new JsonCondition.Value.Number(new BigDecimal(token));
        }
        if (List.of("(", ")", "&&", "||").contains(token)) {
            throw FilterPatternParser.invalid("expected a value, found " + token);
        }
        return JsonCondition.Value.Text.of(token);
    }

    private static String unquote(String token) {
        StringBuilder text = new StringBuilder();
        for (int index = 1; index < token.length() - 1; index++) {
            char character = token.charAt(index);
            if (character == '\\' && index + 1 < token.length() - 1) {
                character = token.charAt(++index);
            }
            text.append(character);
        }
        return text.toString();
    }

    /** Splits into selectors, operators, parentheses, {@code &&}, {@code ||}, quoted strings and bare words. */
    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int index = 0;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (Character.isWhitespace(character)) {
                index++;
            } else if (character == '(' || character == ')') {
                tokens.add(String.valueOf(character));
                index++;
            } else if (text.startsWith("&&", index) || text.startsWith("||", index)
                    || text.startsWith("!=", index) || text.startsWith("<=", index)
                    || text.startsWith(">=", index)) {
                tokens.add(text.substring(index, index + 2));
                index += 2;
            } else if (character == '=' || character == '<' || character == '>') {
                tokens.add(String.valueOf(character));
                index++;
            } else if (character == '"' || character == '%') {
                int end = closing(text, index, character);
                tokens.add(text.substring(index, end + 1));
                index = end + 1;
            } else {
                int end = index;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && "()=<>!&|".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                if (end == index) {
                    throw FilterPatternParser.invalid("unexpected " + character);
                }
                tokens.add(text.substring(index, end));
                index = end;
            }
        }
        return tokens;
    }

    private static int closing(String text, int start, char delimiter) {
        for (int index = start + 1; index < text.length(); index++) {
            if (text.charAt(index) == '\\') {
                index++;
            } else if (text.charAt(index) == delimiter) {
                return index;
            }
        }
        throw FilterPatternParser.invalid("a " + delimiter + " is not closed");
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equals(token)) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
            position++;
            return;
        }
        throw FilterPatternParser.invalid("expected " + token);
    }

    private String next() {
        if (position >= tokens.size()) {
            throw FilterPatternParser.invalid("the JSON pattern ends too early");
        }
        return tokens.get(position++);
    }
}
