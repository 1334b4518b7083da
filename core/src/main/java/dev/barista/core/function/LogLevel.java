package dev.barista.core.function;

import java.util.Arrays;
import java.util.Optional;

/**
 * A log level of {@code LoggingConfig}, from the most detailed to the least. A function configured at one level
 * gets the records of that level and of every level after it.
 */
public enum LogLevel {
    TRACE, DEBUG, INFO, WARN, ERROR, FATAL;

    /** Whether a record of {@code recordLevel} passes a filter set to this level. */
    public boolean admits(LogLevel recordLevel) {
        return recordLevel.ordinal() >= ordinal();
    }

    /** The levels {@code SystemLogLevel} takes. */
    public boolean isSystemLevel() {
        return this == DEBUG || this == INFO || this == WARN;
    }

    public static Optional<LogLevel> fromWireName(String text) {
        return Arrays.stream(values()).filter(level -> level.name().equals(text)).findFirst();
    }
}
