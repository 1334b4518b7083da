package dev.barista.core.logs;

import java.util.Objects;

/**
 * A term or quoted phrase of an unstructured filter pattern. It occurs in a message where its text appears
 * (case-sensitively) as whole words: an end of the text that is a word character must not touch another word
 * character of the message. So {@code ERROR} occurs in {@code [ERROR] x} but not in {@code ERRORS}, and
 * {@code "Task timed out"} in {@code ... Task timed out after 3.00 seconds}.
 */
record Term(String text) {
    Term {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a term has text");
        }
    }

    boolean occursIn(String message) {
        boolean wordStart = Words.isWordCharacter(text.charAt(0));
        boolean wordEnd = Words.isWordCharacter(text.charAt(text.length() - 1));
        for (int at = message.indexOf(text); at >= 0; at = message.indexOf(text, at + 1)) {
            int end = at + text.length();
            if ((!wordStart || at == 0 || !Words.isWordCharacter(message.charAt(at - 1)))
                    && (!wordEnd || end == message.length() || !Words.isWordCharacter(message.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    IndexQuery indexQuery() {
        return IndexQuery.wordsOf(text);
    }
}
