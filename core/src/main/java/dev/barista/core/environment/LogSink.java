package dev.barista.core.environment;

import java.time.Instant;

/**
 * Receives an environment's output, one line at a time, in the order the process wrote it to each channel (its
 * output pipe; the framed records of a Java runtime client). Thread-safe.
 */
@FunctionalInterface
public interface LogSink {
    /** @param line one line without its terminator, stamped when it arrives */
    void accept(String line);

    /**
     * A record the process stamped itself when it wrote it (possibly several lines), which may arrive after lines
     * written later to another channel.
     */
    default void accept(String record, Instant writtenAt) {
        accept(record);
    }
}
