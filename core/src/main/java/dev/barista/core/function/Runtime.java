package dev.barista.core.function;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Lambda runtime identifiers Barista knows. Whether one can run on this host is decided by the launcher
 * ({@link dev.barista.core.environment.EnvironmentLauncher#installedRuntimes()}).
 */
public enum Runtime {
    JAVA17("java17", RuntimeFamily.JAVA, "17"),
    JAVA21("java21", RuntimeFamily.JAVA, "21"),
    JAVA25("java25", RuntimeFamily.JAVA, "25"),
    NODEJS18("nodejs18.x", RuntimeFamily.NODEJS, "18"),
    NODEJS20("nodejs20.x", RuntimeFamily.NODEJS, "20"),
    NODEJS22("nodejs22.x", RuntimeFamily.NODEJS, "22"),
    NODEJS24("nodejs24.x", RuntimeFamily.NODEJS, "24"),
    PYTHON39("python3.9", RuntimeFamily.PYTHON, "3.9"),
    PYTHON310("python3.10", RuntimeFamily.PYTHON, "3.10"),
    PYTHON311("python3.11", RuntimeFamily.PYTHON, "3.11"),
    PYTHON312("python3.12", RuntimeFamily.PYTHON, "3.12"),
    PYTHON313("python3.13", RuntimeFamily.PYTHON, "3.13"),
    PYTHON314("python3.14", RuntimeFamily.PYTHON, "3.14"),
    PROVIDED("provided", RuntimeFamily.PROVIDED, ""),
    PROVIDED_AL2("provided.al2", RuntimeFamily.PROVIDED, ""),
    PROVIDED_AL2023("provided.al2023", RuntimeFamily.PROVIDED, "");

    private final String identifier;
    private final RuntimeFamily family;
    private final String languageVersion;

    Runtime(String identifier, RuntimeFamily family, String languageVersion) {
        this.identifier = identifier;
        this.family = family;
        this.languageVersion = languageVersion;
    }

    /** The identifier on the wire, such as {@code python3.12}. */
    public String identifier() {
        return identifier;
    }

    public RuntimeFamily family() {
        return family;
    }

    /** The language version the runtime asks for ({@code 21}, {@code 3.12}); empty for OS-only runtimes. */
    public String languageVersion() {
        return languageVersion;
    }

    public static Optional<Runtime> fromIdentifier(String identifier) {
        return Arrays.stream(values()).filter(runtime -> runtime.identifier.equals(identifier)).findFirst();
    }
}
