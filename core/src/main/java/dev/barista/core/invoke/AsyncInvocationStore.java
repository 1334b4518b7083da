package dev.barista.core.invoke;

import java.util.List;

/**
 * Durable queue of accepted asynchronous invocations (SPI). An invocation is on disk when {@link #enqueue}
 * returns and stays until {@link #complete}; after a crash, {@link #pending} hands back every one not completed.
 * Thread-safe.
 */
public interface AsyncInvocationStore {

    void enqueue(AsyncInvocation invocation);

    /** Every invocation not yet completed, oldest first. */
    List<AsyncInvocation> pending();

    void complete(String requestId);
}
