package dev.barista.core.function;

import java.util.Arrays;
import java.util.Optional;

/** {@code TracingConfig.Mode}: whether Lambda samples and traces requests with X-Ray. */
public enum TracingMode {
    ACTIVE("Active"),
    PASS_THROUGH("PassThrough");

    private final String wireName;

    TracingMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TracingMode> fromWireName(String text) {
        return Arrays.stream(values()).filter(mode -> mode.wireName.equals(text)).findFirst();
    }
}
