package dev.barista.core.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a full-text index must hold for an event to possibly match a filter pattern: a necessary condition over
 * the event's words (case-insensitively), never a sufficient one. A store may use it to skip events; it must still
 * test every candidate with {@link FilterPattern#matches}. Built through {@link #allOf} and {@link #anyOf}, which
 * keep it normalized: {@link Unconstrained} only at the top, no single-part groups.
 */
public sealed interface IndexQuery {

    /** Nothing to ask the index: every event is a candidate. */
    record Unconstrained() implements IndexQuery {
    }

    /** The event contains this word. */
    record Word(String text) implements IndexQuery {
        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Every part holds; at least two parts, none unconstrained. */
    record AllOf(List<IndexQuery> parts) implements IndexQuery {
        public AllOf {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part holds; at least two parts, none unconstrained. */
    record AnyOf(List<IndexQuery> parts) implements IndexQuery {
        public AnyOf {
            parts = List.copyOf(parts);
        }
    }

    IndexQuery UNCONSTRAINED = new Unconstrained();

    static IndexQuery allOf(List<IndexQuery> parts) {
        List<IndexQuery> constrained = new ArrayList<>();
        for (IndexQuery part : parts) {
            switch (part) {
                case Unconstrained unconstrained -> { }
                case AllOf all -> constrained.addAll(all.parts());
                case Word word -> constrained.add(word);
                case AnyOf any -> constrained.add(any);
            }
        }
        return switch (constrained.size()) {
            case 0 -> UNCONSTRAINED;
            case 1 -> constrained.getFirst();
            default -> new AllOf(constrained);
        };
    }

    static IndexQuery anyOf(List<IndexQuery> parts) {
        List<IndexQuery> alternatives = new ArrayList<>();
        for (IndexQuery part : parts) {
            switch (part) {
                case Unconstrained unconstrained -> {
                    return UNCONSTRAINED;
                }
                case AnyOf any -> alternatives.addAll(any.parts());
                case Word word -> alternatives.add(word);
                case AllOf all -> alternatives.add(all);
            }
        }
        return switch (alternatives.size()) {
            case 0 -> UNCONSTRAINED;
            case 1 -> alternatives.getFirst();
            default -> new AnyOf(alternatives);
        };
    }

    /** Every word of a text. */
    static IndexQuery wordsOf(String text) {
        return allOf(Words.of(text).stream().<IndexQuery>map(Word::new).toList());
    }
}
