package dev.barista.core.environment;

/** Receives an environment's output, one line at a time, in the order the process wrote it. Thread-safe. */
@FunctionalInterface
public interface LogSink {
    /** @param line one line without its terminator */
    void accept(String line);
}
