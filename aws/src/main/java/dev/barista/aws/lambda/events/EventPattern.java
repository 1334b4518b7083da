package dev.barista.aws.lambda.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled EventBridge event pattern, as Lambda's {@code FilterCriteria} use them: every field of the pattern
 * must match (and), a field's list matches when any of its rules does (or), nested objects match nested objects,
 * {@code $or} holds when any of its patterns does, and an event array matches when any element does. Strings
 * compare exactly, numbers by their JSON text (Lambda: 300, 300.0 and 3.0e2 differ) unless {@code numeric} is
 * used. Operators: exact values (string, number, boolean, null), {@code prefix}, {@code suffix} (both also
 * {@code {"equals-ignore-case": ...}}), {@code equals-ignore-case}, {@code wildcard}, {@code anything-but} (values,
 * or a prefix, suffix, equals-ignore-case or wildcard), {@code numeric} (one or two comparisons), {@code exists}.
 * Immutable and thread-safe.
 */
final class EventPattern {
    private static final Set<String> NUMERIC_OPERATORS = Set.of("=", "<", "<=", ">", ">=");

    /** Each value is a nested {@link EventPattern} or a {@code List<PatternRule>}. */
    private final Map<String, Object> fields;
    private final List<List<EventPattern>> alternatives;

    private EventPattern(Map<String, Object> fields, List<List<EventPattern>> alternatives) {
        this.fields = fields;
        this.alternatives = alternatives;
    }

    /**
     * @throws InvalidPatternException when the node is not a non-empty object of the pattern grammar
     */
    static EventPattern compile(JsonNode pattern) {
        if (pattern == null || !pattern.isObject() || pattern.isEmpty()) {
            throw new InvalidPatternException("a pattern is a non-empty JSON object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        List<List<EventPattern>> alternatives = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : pattern.properties()) {
            JsonNode value = field.getValue();
            if ("$or".equals(field.getKey())) {
                alternatives.add(alternatives(value));
            } else if (value.isObject()) {
                fields.put(field.getKey(), compile(value));
            } else if (value.isArray()) {
                fields.put(field.getKey(), rules(value));
            } else {
                throw new InvalidPatternException("the value of " + field.getKey() + " is not a list or an object");
            }
        }
        return new EventPattern(fields, alternatives);
    }

    /** Whether an event (or a nested part of it; null when absent) matches. */
    boolean matches(JsonNode event) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            JsonNode value = event != null && event.isObject() ? event.get(field.getKey()) : null;
            if (field.getValue() instanceof EventPattern nested) {
                if (value != null && !value.isObject() || !nested.matches(value)) {
                    return false;
                }
            } else if (!anyRuleMatches(rulesOf(field.getValue()), value)) {
                return false;
            }
        }
        for (List<EventPattern> choices : alternatives) {
            if (choices.stream().noneMatch(choice -> choice.matches(event))) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<PatternRule> rulesOf(Object value) {
        return (List<PatternRule>) value;
    }

    private static boolean anyRuleMatches(List<PatternRule> rules, JsonNode value) {
        if (value != null && value.isArray()) {
            for (JsonNode element : value) {
                if (rules.stream().anyMatch(rule -> rule.matches(element))) {
                    return true;
                }
            }
            return false;
        }
        return rules.stream().anyMatch(rule -> rule.matches(value));
    }

    private static List<EventPattern> alternatives(JsonNode value) {
        if (!value.isArray() || value.size() < 2) {
            throw new InvalidPatternException("$or takes a list of at least two patterns");
        }
        List<EventPattern> choices = new ArrayList<>();
        value.forEach(choice -> choices.add(compile(choice)));
        return List.copyOf(choices);
    }

    private static List<PatternRule> rules(JsonNode list) {
        if (list.isEmpty()) {
            throw new InvalidPatternException("a list of rules is not empty");
        }
        List<PatternRule> rules = new ArrayList<>();
        for (JsonNode element : list) {
            rules.add(rule(element));
        }
        return List.copyOf(rules);
    }

    private static PatternRule rule(JsonNode element) {
        if (element.isValueNode()) {
            return new PatternRule.Exact(element);
        }
        if (!element.isObject() || element.size() != 1) {
            throw new InvalidPatternException("a rule is a value or an object with one operator");
        }
        Map.Entry<String, JsonNode> operator = element.properties().iterator().next();
        JsonNode operand = operator.getValue();
        return switch (operator.getKey()) {
            case "prefix" -> textOrIgnoringCase(PatternRule.Text.Kind.PREFIX, operand);
            case "suffix" -> textOrIgnoringCase(PatternRule.Text.Kind.SUFFIX, operand);
            case "equals-ignore-case" -> new PatternRule.Text(PatternRule.Text.Kind.EQUALS, text(operand), true);
            case "wildcard" -> PatternRule.Wildcard.of(text(operand));
            case "anything-but" -> anythingBut(operand);
            case "numeric" -> numeric(operand);
            case "exists" -> {
                if (!operand.isBoolean()) {
                    throw new InvalidPatternException("exists takes true or false");
                }
                yield new PatternRule.Exists(operand.booleanValue());
            }
            default -> throw new InvalidPatternException("unknown operator " + operator.getKey());
        };
    }

    private static PatternRule textOrIgnoringCase(PatternRule.Text.Kind kind, JsonNode operand) {
        if (operand.isObject() && operand.size() == 1 && operand.has("equals-ignore-case")) {
            return new PatternRule.Text(kind, text(operand.get("equals-ignore-case")), true);
        }
        return new PatternRule.Text(kind, text(operand), false);
    }

    private static PatternRule anythingBut(JsonNode operand) {
        if (operand.isTextual() || operand.isNumber()) {
            return new PatternRule.AnythingBut(List.of(new PatternRule.Exact(operand)));
        }
        if (operand.isArray() && !operand.isEmpty()) {
            List<PatternRule> excluded = new ArrayList<>();
            for (JsonNode value : operand) {
                if (!value.isTextual() && !value.isNumber()) {
                    throw new InvalidPatternException("anything-but lists strings or numbers");
                }
                excluded.add(new PatternRule.Exact(value));
            }
            return new PatternRule.AnythingBut(List.copyOf(excluded));
        }
        if (operand.isObject() && operand.size() == 1) {
            Map.Entry<String, JsonNode> inner = operand.properties().iterator().next();
            List<JsonNode> values = new ArrayList<>();
            if (inner.getValue().isArray()) {
                inner.getValue().forEach(values::add);
            } else {
                values.add(inner.getValue());
            }
            List<PatternRule> excluded = new ArrayList<>();
            for (JsonNode value : values) {
                excluded.add(switch (inner.getKey()) {
                    case "prefix" -> new PatternRule.Text(PatternRule.Text.Kind.PREFIX, text(value), false);
                    case "suffix" -> new PatternRule.Text(PatternRule.Text.Kind.SUFFIX, text(value), false);
                    case "equals-ignore-case" -> new PatternRule.Text(PatternRule.Text.Kind.EQUALS, text(value), true);
                    case "wildcard" -> PatternRule.Wildcard.of(text(value));
                    default -> throw new InvalidPatternException("anything-but does not take " + inner.getKey());
                });
            }
            if (!excluded.isEmpty()) {
                return new PatternRule.AnythingBut(List.copyOf(excluded));
            }
        }
        throw new InvalidPatternException("anything-but takes a value, a list or one operator");
    }

    private static PatternRule numeric(JsonNode operand) {
        if (!operand.isArray() || (operand.size() != 2 && operand.size() != 4)) {
            throw new InvalidPatternException("numeric takes one or two comparisons");
        }
        List<PatternRule.Numeric.Comparison> comparisons = new ArrayList<>();
        for (int index = 0; index < operand.size(); index += 2) {
            JsonNode operator = operand.get(index);
            JsonNode number = operand.get(index + 1);
            if (!operator.isTextual() || !NUMERIC_OPERATORS.contains(operator.textValue()) || !number.isNumber()) {
                throw new InvalidPatternException("numeric takes an operator and a number");
            }
            comparisons.add(new PatternRule.Numeric.Comparison(operator.textValue(), number.decimalValue()));
        }
        return new PatternRule.Numeric(List.copyOf(comparisons));
    }

    private static String text(JsonNode operand) {
        if (!operand.isTextual()) {
            throw new InvalidPatternException("the operator takes a string");
        }
        return operand.textValue();
    }

    /** A pattern outside the grammar; Lambda answers {@code Invalid filter pattern definition.}. */
    static final class InvalidPatternException extends RuntimeException {
        InvalidPatternException(String message) {
            super(message, null, false, false);
        }
    }
}
