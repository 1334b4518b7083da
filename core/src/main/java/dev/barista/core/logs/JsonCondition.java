package dev.barista.core.logs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The condition of a JSON filter pattern, evaluated on a message read by {@link JsonText}. A comparison on a
 * selector that selects nothing is false (also with {@code !=}); only {@code NOT EXISTS} holds for it.
 */
sealed interface JsonCondition {

    boolean holdsFor(Object document);

    IndexQuery indexQuery();

    record And(JsonCondition left, JsonCondition right) implements JsonCondition {
        @Override
        public boolean holdsFor(Object document) {
            return left.holdsFor(document) && right.holdsFor(document);
        }

        @Override
        public IndexQuery indexQuery() {
            return IndexQuery.allOf(List.of(left.indexQuery(), right.indexQuery()));
        }
    }

    record Or(JsonCondition left, JsonCondition right) implements JsonCondition {
        @Override
        public boolean holdsFor(Object document) {
            return left.holdsFor(document) || right.holdsFor(document);
        }

        @Override
        public IndexQuery indexQuery() {
            return IndexQuery.anyOf(List.of(left.indexQuery(), right.indexQuery()));
        }
    }

    /** {@code $.x IS NULL}, {@code IS TRUE}, {@code IS FALSE}: the selected value is that literal. */
    record Is(JsonSelector selector, Object expected) implements JsonCondition {
        @Override
        public boolean holdsFor(Object document) {
            return selector.select(document).map(expected::equals).orElse(false);
        }

        @Override
        public IndexQuery indexQuery() {
            return selector.memberWords();
        }
    }

    /** {@code $.x NOT EXISTS}. */
    record NotExists(JsonSelector selector) implements JsonCondition {
        @Override
        public boolean holdsFor(Object document) {
            return selector.select(document).isEmpty();
        }

        @Override
        public IndexQuery indexQuery() {
            return IndexQuery.UNCONSTRAINED;
        }
    }

    /** {@code $.x <operator> <value>}. */
    record Comparison(JsonSelector selector, Operator operator, Value value) implements JsonCondition {
        public Comparison {
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean holdsFor(Object document) {
            Optional<Object> selected = selector.select(document);
            if (selected.isEmpty() || selected.get() instanceof Map<?, ?> || selected.get() instanceof List<?>) {
                return false;
            }
            Object actual = selected.get();
            return switch (value) {
                case Value.Number number -> actual instanceof BigDecimal decimal
                        && operator.accepts(decimal.compareTo(number.value()));
                case Value.Text text -> operator.acceptsEquality(text.matches(String.valueOf(actual)));
                case Value.Regex regex -> actual instanceof String string
                        && operator.acceptsEquality(regex.pattern().matcher(string).find());
            };
        }

        @Override
        public IndexQuery indexQuery() {
            if (operator == Operator.EQUAL && value instanceof Value.Text text && text.isLiteral()
                    && Words.isJsonSafe(text.text())) {
                return IndexQuery.allOf(List.of(selector.memberWords(), IndexQuery.wordsOf(text.text())));
            }
            return selector.memberWords();
        }
    }

    enum Operator {
        EQUAL("="), NOT_EQUAL("!="), LESS("<"), GREATER(">"), LESS_OR_EQUAL("<="), GREATER_OR_EQUAL(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Optional<Operator> of(String symbol) {
            for (Operator operator : values()) {
                if (operator.symbol.equals(symbol)) {
                    return Optional.of(operator);
                }
            }
            return Optional.empty();
        }

        boolean isEquality() {
            return this == EQUAL || this == NOT_EQUAL;
        }

        /** Whether a comparison result ({@code actual.compareTo(expected)}) satisfies the operator. */
        boolean accepts(int comparison) {
            return switch (this) {
                case EQUAL -> comparison == 0;
                case NOT_EQUAL -> comparison != 0;
                case LESS -> comparison < 0;
                case GREATER -> comparison > 0;
                case LESS_OR_EQUAL -> comparison <= 0;
                case GREATER_OR_EQUAL -> comparison >= 0;
            };
        }

        boolean acceptsEquality(boolean equal) {
            return this == EQUAL ? equal : !equal;
        }
    }

    /** The right-hand side of a comparison. */
    sealed interface Value {
        record Number(BigDecimal value) implements Value {
        }

        /**
         * A string, quoted or not; {@code *} matches any run of characters.
         *
         * @param glob the text as a regular expression, or null when it has no {@code *}
         */
        record Text(String text, Pattern glob) implements Value {
            static Text of(String text) {
                if (text.indexOf('*') < 0) {
                    return new Text(text, null);
                }
                StringBuilder expression = new StringBuilder();
                for (String part : text.split("\\*", -1)) {
                    expression.append(expression.isEmpty() ? "" : ".*").append(Pattern.quote(part));
                }
                return new Text(text, Pattern.compile(expression.toString(), Pattern.DOTALL));
            }

            boolean isLiteral() {
                return glob == null;
            }

            boolean matches(String actual) {
                return glob == null ? text.equals(actual) : glob.matcher(actual).matches();
            }
        }

        record Regex(Pattern pattern) implements Value {
        }
    }
}
