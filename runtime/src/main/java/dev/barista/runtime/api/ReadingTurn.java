package dev.barista.runtime.api;

/**
 * The turn to read a runtime's connection, taken by the thread that wrote the event to it: that thread then reads
 * the runtime's answer itself instead of being woken by the connection's thread (see {@link RuntimeApiConnection}).
 */
interface ReadingTurn {
    /**
     * Reads and handles the connection's requests on this thread until the invocation has its answer, the connection
     * closes or the deadline ({@link System#nanoTime}) passes; then gives the turn back.
     */
    void readUntilAnswered(Invocation invocation, long deadlineNanoTime);
}
