package dev.barista.runtime;

import java.time.Duration;

/**
 * A JVM that records its class loading for an AOT cache ({@link JavaAotCaches}). Its environment tells it what
 * happens to the process; the recording decides when the JVM writes its configuration. Thread-safe.
 */
interface AotRecording {

    /** The line the JVM prints when it writes its configuration: not the function's output, kept out of its log. */
    String announcement();

    /** An invocation was answered: the first one asks the JVM, in the background, to write its configuration. */
    void invocationAnswered(ProcessHandle process);

    /** How long destroying the environment should let the JVM exit on its own so that it writes what it has. */
    Duration exitGrace();

    /** The process is gone. */
    void processEnded();
}
