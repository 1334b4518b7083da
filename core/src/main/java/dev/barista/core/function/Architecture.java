package dev.barista.core.function;

import java.util.Arrays;
import java.util.Optional;

/** The instruction set a function is declared for. Barista runs both on the host; the bill differs. */
public enum Architecture {
    X86_64("x86_64"),
    ARM64("arm64");

    private final String identifier;

    Architecture(String identifier) {
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }

    public static Optional<Architecture> fromIdentifier(String identifier) {
        return Arrays.stream(values()).filter(value -> value.identifier.equals(identifier)).findFirst();
    }
}
