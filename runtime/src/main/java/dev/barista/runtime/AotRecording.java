package dev.barista.runtime;

/**
 * A JVM that records its class loading for an AOT cache ({@link JavaAotCaches}). Its environment tells it what
 * happens to the process; the recording decides when the JVM writes its configuration. Thread-safe.
 */
interface AotRecording {

    /** The line the JVM prints when it writes its configuration: not the function's output, kept out of its log. */
    String announcement();

    /** An invocation was answered: the first one asks the JVM, in the background, to write its configuration. */
    void invocationAnswered(ProcessHandle process);

    /**
     * The environment is about to kill the process: returns once the JVM has written its configuration, or has
     * been asked to exit and given a bounded time to write it on its way out.
     */
    void beforeDestroy(Process process);

    /** The process is gone. */
    void processEnded();
}
