package dev.barista.core.logs;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CloudWatch Logs filter pattern, parsed ({@link FilterPatternParser}): the test an event's message must pass in
 * FilterLogEvents, and what a full-text index can use to find the candidates ({@link #indexQuery}). Immutable and
 * thread-safe.
 */
public sealed interface FilterPattern {

    /** Whether the message matches. */
    boolean matches(String message);

    /** A necessary condition on the message's words, for a store's index. */
    IndexQuery indexQuery();

    /** Parses a pattern; null or blank matches every event. */
    static FilterPattern parse(String text) {
        return FilterPatternParser.parse(text);
    }

    /** The empty pattern (or {@code " "}): every event. */
    record MatchAll() implements FilterPattern {
        @Override
        public boolean matches(String message) {
            return true;
        }

        @Override
        public IndexQuery indexQuery() {
            return IndexQuery.UNCONSTRAINED;
        }
    }

    /**
     * Terms and phrases: every required one occurs, at least one of the optional ones ({@code ?term}) occurs when
     * there are any, and no excluded one ({@code -term}) occurs.
     */
    record Terms(List<Term> required, List<Term> optional, List<Term> excluded) implements FilterPattern {
        public Terms {
            required = List.copyOf(required);
            optional = List.copyOf(optional);
            excluded = List.copyOf(excluded);
        }

        @Override
        public boolean matches(String message) {
            for (Term term : required) {
                if (!term.occursIn(message)) {
                    return false;
                }
            }
            for (Term term : excluded) {
                if (term.occursIn(message)) {
                    return false;
                }
            }
            if (optional.isEmpty()) {
                return true;
            }
            for (Term term : optional) {
                if (term.occursIn(message)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public IndexQuery indexQuery() {
            IndexQuery alternatives = optional.isEmpty() ? IndexQuery.UNCONSTRAINED
                    : IndexQuery.anyOf(optional.stream().map(Term::indexQuery).toList());
            List<IndexQuery> parts = new java.util.ArrayList<>(required.stream().map(Term::indexQuery).toList());
            parts.add(alternatives);
            return IndexQuery.allOf(parts);
        }
    }

    /** {@code { <condition> }}: the message is a JSON value for which the condition holds. */
    record Json(JsonCondition condition) implements FilterPattern {
        public Json {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean matches(String message) {
            return JsonText.parse(message).map(condition::holdsFor).orElse(false);
        }

        @Override
        public IndexQuery indexQuery() {
            return condition.indexQuery();
        }
    }

    /** {@code %regex%}: the regular expression is found somewhere in the message. */
    record Regex(Pattern pattern) implements FilterPattern {
        public Regex {
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public boolean matches(String message) {
            return pattern.matcher(message).find();
        }

        @Override
        public IndexQuery indexQuery() {
            return IndexQuery.UNCONSTRAINED;
        }
    }
}
