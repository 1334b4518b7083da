package dev.barista.bench;

/** ASCII tests on byte ranges of HTTP heads, without decoding them into strings. */
final class AsciiBytes {
    private AsciiBytes() {
    }

    /** Whether {@code bytes[start, end)} begins with {@code lowerCasePrefix}, ignoring the case of ASCII letters. */
    static boolean startsWithIgnoreCase(byte[] bytes, int start, int end, byte[] lowerCasePrefix) {
        if (end - start < lowerCasePrefix.length) {
            return false;
        }
        for (int i = 0; i < lowerCasePrefix.length; i++) {
            int c = bytes[start + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCasePrefix[i]) {
                return false;
            }
        }
        return true;
    }
}
