package dev.barista.storage.sqlite;

import dev.barista.core.function.FunctionConfiguration;
import java.util.regex.Pattern;

/** How versions are keyed in the database: {@code $LATEST} is number 0, a published version its own number. */
final class VersionNumbers {
    static final long LATEST = 0;
    /** Canonical decimal numbers that fit a long: no sign, no leading zero. */
    private static final Pattern PUBLISHED = Pattern.compile("[1-9][0-9]{0,17}");

    private VersionNumbers() {
    }

    /** The number of a version, or -1 when it names no version ({@code 01}, {@code live}). */
    static long of(String version) {
        if (FunctionConfiguration.LATEST.equals(version)) {
            return LATEST;
        }
        return PUBLISHED.matcher(version).matches() ? Long.parseLong(version) : -1;
    }

    /** The number of a published version; rejects {@code $LATEST} and malformed numbers. */
    static long ofPublished(String version) {
        long number = of(version);
        if (number <= LATEST) {
            throw new IllegalArgumentException("Not a published version number: " + version);
        }
        return number;
    }

    static String name(long number) {
        return number == LATEST ? FunctionConfiguration.LATEST : Long.toString(number);
    }
}
