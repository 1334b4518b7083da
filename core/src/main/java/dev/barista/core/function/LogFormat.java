package dev.barista.core.function;

import java.util.Arrays;
import java.util.Optional;

/** {@code LoggingConfig.LogFormat}: plain text lines, or JSON records. */
public enum LogFormat {
    JSON("JSON"),
    TEXT("Text");

    private final String wireName;

    LogFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<LogFormat> fromWireName(String text) {
        return Arrays.stream(values()).filter(format -> format.wireName.equals(text)).findFirst();
    }
}
