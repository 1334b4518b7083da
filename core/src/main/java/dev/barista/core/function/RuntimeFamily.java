package dev.barista.core.function;

/** How an execution environment for a runtime is started. */
public enum RuntimeFamily {
    /** AWS's own Java runtime interface client on a JDK. */
    JAVA,
    /** Barista's Node.js bootstrap. */
    NODEJS,
    /** Barista's Python bootstrap. */
    PYTHON,
    /** The package's own {@code bootstrap} executable (OS-only runtimes). */
    PROVIDED
}
