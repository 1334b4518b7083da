package dev.barista.core.invoke;

import java.util.List;

/**
 * Told of every invocation that ran and every one that was throttled, after the fact: the seam through which
 * metrics and metering see the workload. Implementations are thread-safe, return quickly and never throw.
 */
public interface InvocationObserver {

    /** An invocation ran (successfully or not), its platform lines written. */
    void completed(CompletedInvocation invocation);

    /** An invocation was refused for concurrency or memory before it ran. */
    void throttled(String functionName, String invokedQualifier);

    /** Tells nobody. */
    static InvocationObserver none() {
        return all(List.of());
    }

    /** Tells each observer in turn. */
    static InvocationObserver all(List<InvocationObserver> observers) {
        List<InvocationObserver> copy = List.copyOf(observers);
        return new InvocationObserver() {
            @Override
            public void completed(CompletedInvocation invocation) {
                copy.forEach(observer -> observer.completed(invocation));
            }

            @Override
            public void throttled(String functionName, String invokedQualifier) {
                copy.forEach(observer -> observer.throttled(functionName, invokedQualifier));
            }
        };
    }
}
