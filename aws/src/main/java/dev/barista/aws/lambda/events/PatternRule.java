package dev.barista.aws.lambda.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One rule of an event pattern's list, matched against one value of the event (a missing field is a null
 * {@code value}). Rules never match an object: they apply to leaves, as EventBridge's do.
 */
sealed interface PatternRule {

    boolean matches(JsonNode value);

    /** A string, number, boolean or null that must be equal; numbers compare by their JSON text, as in Lambda. */
    record Exact(JsonNode expected) implements PatternRule {
        @Override
        public boolean matches(JsonNode value) {
            if (value == null || value.isContainerNode()) {
                return false;
            }
            if (expected.isNumber() || value.isNumber()) {
                return expected.isNumber() && value.isNumber() && expected.asText().equals(value.asText());
            }
            return expected.equals(value);
        }
    }

    /** {@code prefix}, {@code suffix} and {@code equals-ignore-case} on strings. */
    record Text(Kind kind, String operand, boolean ignoreCase) implements PatternRule {
        enum Kind {
            PREFIX,
            SUFFIX,
            EQUALS
        }

        @Override
        public boolean matches(JsonNode value) {
            if (value == null || !value.isTextual()) {
                return false;
            }
            String text = ignoreCase ? value.textValue().toLowerCase(Locale.ROOT) : value.textValue();
            String expected = ignoreCase ? operand.toLowerCase(Locale.ROOT) : operand;
            return switch (kind) {
                case PREFIX -> text.startsWith(expected);
                case SUFFIX -> text.endsWith(expected);
                case EQUALS -> text.equals(expected);
            };
        }
    }

    /** {@code wildcard}: {@code *} stands for any characters, {@code \*} for a star. */
    record Wildcard(Pattern regex) implements PatternRule {
        static Wildcard of(String wildcard) {
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int index = 0; index < wildcard.length(); index++) {
                char character = wildcard.charAt(index);
                if (character == '\\' && index + 1 < wildcard.length()) {
                    literal.append(wildcard.charAt(++index));
                } else if (character == '*') {
                    regex.append(Pattern.quote(literal.toString())).append(".*");
                    literal.setLength(0);
                } else {
                    literal.append(character);
                }
            }
            regex.append(Pattern.quote(literal.toString()));
            return new Wildcard(Pattern.compile(regex.toString(), Pattern.DOTALL));
        }

        @Override
        public boolean matches(JsonNode value) {
            return value != null && value.isTextual() && regex.matcher(value.textValue()).matches();
        }
    }

    /** {@code anything-but}: present, a leaf, and matched by none of the rules it names. */
    record AnythingBut(List<PatternRule> excluded) implements PatternRule {
        @Override
        public boolean matches(JsonNode value) {
            if (value == null || value.isContainerNode()) {
                return false;
            }
            if (excluded.stream().anyMatch(rule -> rule instanceof Text || rule instanceof Wildcard)
                    && !value.isTextual()) {
                return false;
            }
            return excluded.stream().noneMatch(rule -> rule.matches(value));
        }
    }

    /** {@code numeric}: every comparison holds for a number. */
    record Numeric(List<Comparison> comparisons) implements PatternRule {
        record Comparison(String operator, BigDecimal operand) {
            boolean holds(BigDecimal value) {
                int order = value.compareTo(operand);
                return switch (operator) {
                    case "=" -> order == 0;
                    case "<" -> order < 0;
                    case "<=" -> order <= 0;
                    case ">" -> order > 0;
                    case ">=" -> order >= 0;
                    default -> throw new IllegalStateException("compiled patterns hold known operators: " + operator);
                };
            }
        }

        @Override
        public boolean matches(JsonNode value) {
            return value != null && value.isNumber()
                    && comparisons.stream().allMatch(comparison -> comparison.holds(value.decimalValue()));
        }
    }

    /** {@code exists}: whether the field is there, as a leaf. */
    record Exists(boolean present) implements PatternRule {
        @Override
        public boolean matches(JsonNode value) {
            return present ? value != null && !value.isContainerNode() : value == null;
        }
    }
}
