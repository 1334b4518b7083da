package dev.barista.core.metrics;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;

/**
 * The arithmetic subset of CloudWatch's metric math: numbers, the ids of other queries, {@code + - * /}, unary minus
 * and parentheses, such as {@code 100 * errors / invocations}. Between two time series an operator applies at the
 * timestamps both have; between a series and a number, at every timestamp; a division by zero gives no value.
 * Functions ({@code SUM}, {@code METRICS()}, {@code FILL}, {@code SEARCH}, ...) are not supported.
 */
final class MetricMath {

    private MetricMath() {
    }

    /** A parsed expression. */
    sealed interface Expression {
        /** The ids this expression reads. */
        default void references(Set<String> ids) {
            switch (this) {
                case Constant constant -> {
                }
                case Reference reference -> ids.add(reference.id());
                case Negation negation -> negation.operand().references(ids);
                case Operation operation -> {
                    operation.left().references(ids);
                    operation.right().references(ids);
                }
            }
        }
    }

    record Constant(double value) implements Expression {
    }

    record Reference(String id) implements Expression {
    }

    record Negation(Expression operand) implements Expression {
    }

    record Operation(char operator, Expression left, Expression right) implements Expression {
    }

    /**
     * Parses an expression.
     *
     * @throws BaristaException {@code INVALID_PARAMETER_VALUE} for a syntax error, {@code UNSUPPORTED_OPERATION} for
     *     a function
     */
    static Expression parse(String text, String parameter) {
        Parser parser = new Parser(text, parameter);
        Expression expression = parser.sum();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.syntaxError();
        }
        return expression;
    }

    /**
     * The series an expression computes, timestamps ascending.
     *
     * @param series the values of each id it reads, timestamps ascending
     */
    static NavigableMap<Instant, Double> evaluate(Expression expression, Map<String, NavigableMap<Instant, Double>>
            series, String parameter) {
        Value value = value(expression, series);
        if (value instanceof Value.Scalar) {
            throw BaristaException.invalidParameter("The expression of " + parameter
                    + " must use at least one metric.");
        }
        return ((Value.Series) value).points();
    }

    private sealed interface Value {
        record Scalar(double value) implements Value {
        }

        record Series(NavigableMap<Instant, Double> points) implements Value {
        }
    }

    private static Value value(Expression expression, Map<String, NavigableMap<Instant, Double>> series) {
        return switch (expression) {
            case Constant constant -> new Value.Scalar(constant.value());
            case Reference reference -> new Value.Series(series.get(reference.id()));
            case Negation negation -> apply((left, right) -> -right, new Value.Scalar(0),
                    value(negation.operand(), series));
            case Operation operation -> apply(switch (operation.operator()) {
                case '+' -> Double::sum;
                case '-' -> (left, right) -> left - right;
                case '*' -> (left, right) -> left * right;
                default -> (left, right) -> left / right;
            }, value(operation.left(), series), value(operation.right(), series));
        };
    }

    private static Value apply(DoubleBinaryOperator operator, Value left, Value right) {
        if (left instanceof Value.Scalar scalarLeft && right instanceof Value.Scalar scalarRight) {
            return new Value.Scalar(operator.applyAsDouble(scalarLeft.value(), scalarRight.value()));
        }
        NavigableMap<Instant, Double> result = new TreeMap<>();
        NavigableMap<Instant, Double> timestamps = left instanceof Value.Series series ? series.points()
                : ((Value.Series) right).points();
        for (Map.Entry<Instant, Double> point : timestamps.entrySet()) {
            Double leftValue = at(left, point.getKey());
            Double rightValue = at(right, point.getKey());
            if (leftValue != null && rightValue != null) {
                double computed = operator.applyAsDouble(leftValue, rightValue);
                if (Double.isFinite(computed)) {
                    result.put(point.getKey(), computed);
                }
            }
        }
        return new Value.Series(result);
    }

    private static Double at(Value value, Instant timestamp) {
        return switch (value) {
            case Value.Scalar scalar -> scalar.value();
            case Value.Series series -> series.points().get(timestamp);
        };
    }

    /** A recursive-descent parser: sum := product (('+'|'-') product)*; product := unary (('*'|'/') unary)*. */
    private static final class Parser {
        private final String text;
        private final String parameter;
        private int position;

        Parser(String text, String parameter) {
            this.text = text;
            this.parameter = parameter;
        }

        Expression sum() {
            Expression left = product();
            for (char next = peek(); next == '+' || next == '-'; next = peek()) {
                position++;
                left = new Operation(next, left, product());
            }
            return left;
        }

        private Expression product() {
            Expression left = unary();
            for (char next = peek(); next == '*' || next == '/'; next = peek()) {
                position++;
                left = new Operation(next, left, unary());
            }
            return left;
        }

        private Expression unary() {
            char next = peek();
            if (next == '-') {
                position++;
                return new Negation(unary());
            }
            if (next == '(') {
                position++;
                Expression inner = sum();
                if (peek() != ')') {
                    throw syntaxError();
                }
                position++;
                return inner;
            }
            if (Character.isDigit(next) || next == '.') {
                int start = position;
                while (!atEnd() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
                    position++;
                }
                try {
                    return new Constant(Double.parseDouble(text.substring(start, position)));
                } catch (NumberFormatException malformed) {
                    throw syntaxError();
                }
            }
            if (Character.isLetter(next)) {
                int start = position;
                while (!atEnd() && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                    position++;
                }
                String name = text.substring(start, position);
                if (peek() == '(') {
                    throw new BaristaException(ErrorCode.UNSUPPORTED_OPERATION, "Barista's metric math does not"
                            + " support the function " + name + " yet (" + parameter + "): only + - * / over query"
                            + " ids and numbers.");
                }
                return new Reference(name);
            }
            throw syntaxError();
        }

        char peek() {
            skipSpaces();
            return atEnd() ? '\0' : text.charAt(position);
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        boolean atEnd() {
            return position >= text.length();
        }

        BaristaException syntaxError() {
            return BaristaException.invalidParameter("The expression " + text + " of " + parameter
                    + " is not valid at position " + (position + 1) + ".");
        }
    }
}
