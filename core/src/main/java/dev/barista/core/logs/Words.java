package dev.barista.core.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * How filter patterns see words: a word character is an ASCII letter or digit, or any character outside ASCII;
 * everything else separates words. Index tokens are the words of a text, so a store's full-text index must split
 * text the same way (SQLite FTS5's {@code ascii} tokenizer does). Case is kept: stores fold it themselves.
 */
final class Words {
    private Words() {
    }

    static boolean isWordCharacter(char character) {
        return character >= 0x80 || (character >= '0' && character <= '9') || (character >= 'a' && character <= 'z')
                || (character >= 'A' && character <= 'Z');
    }

    /** The words of a text, in order. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int index = 0; index <= text.length(); index++) {
            boolean word = index < text.length() && isWordCharacter(text.charAt(index));
            if (word && start < 0) {
                start = index;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, index));
                start = -1;
            }
        }
        return words;
    }

    /**
     * Whether the text has no character that a JSON writer might escape: printable ASCII without quote or backslash.
     */
    static boolean isJsonSafe(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character < 0x20 || character > 0x7e || character == '"' || character == '\\') {
                return false;
            }
        }
        return true;
    }
}
