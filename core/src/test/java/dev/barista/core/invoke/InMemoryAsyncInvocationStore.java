package dev.barista.core.invoke;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link AsyncInvocationStore} in memory, for unit tests of core. It keeps the contract of the durable stores
 * ({@link AsyncInvocationStoreContract} runs against it), acceptance instants included, which are kept to the
 * millisecond. Thread-safe: every method holds the store's monitor.
 */
public final class InMemoryAsyncInvocationStore implements AsyncInvocationStore {
    /** Request id to invocation, in enqueue order. */
    private final Map<String, AsyncInvocation> invocations = new LinkedHashMap<>();

    @Override
    public synchronized void enqueue(AsyncInvocation invocation) {
        invocations.putIfAbsent(invocation.requestId(), new AsyncInvocation(invocation.requestId(),
                invocation.functionName(), invocation.qualifier(), invocation.payload().clone(),
                invocation.acceptedAt().truncatedTo(ChronoUnit.MILLIS)));
    }

    @Override
    public synchronized List<AsyncInvocation> pending() {
        // A stable sort: invocations accepted in the same millisecond stay in enqueue order.
        return invocations.values().stream().sorted(Comparator.comparing(AsyncInvocation::acceptedAt)).toList();
    }

    @Override
    public synchronized void complete(String requestId) {
        invocations.remove(requestId);
    }
}
