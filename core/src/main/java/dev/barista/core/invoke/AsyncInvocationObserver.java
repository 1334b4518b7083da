package dev.barista.core.invoke;

import java.time.Duration;
import java.util.List;

/**
 * Told the facts of asynchronous invocation that Lambda publishes as metrics ({@code AsyncEventsReceived},
 * {@code AsyncEventAge}, {@code AsyncEventsDropped}, {@code DeadLetterErrors}, {@code DestinationDeliveryFailures}),
 * each with the function and the qualifier the caller named (null for none). Implementations are thread-safe,
 * return quickly and never throw.
 */
public interface AsyncInvocationObserver {

    /** An event was queued ({@code AsyncEventsReceived}). */
    void received(String functionName, String qualifier);

    /** The function was given an event that waited {@code age} since it was queued ({@code AsyncEventAge}). */
    void invoked(String functionName, String qualifier, Duration age);

    /**
     * An event was given up without the function having processed it successfully ({@code AsyncEventsDropped}):
     * retries exhausted, maximum age passed or the function deleted. Destinations and the dead-letter queue were
     * sent to first.
     */
    void dropped(String functionName, String qualifier);

    /** Sending an event to the function's dead-letter queue failed ({@code DeadLetterErrors}). */
    void deadLetterFailed(String functionName, String qualifier);

    /** Sending an invocation record to a destination failed ({@code DestinationDeliveryFailures}). */
    void destinationDeliveryFailed(String functionName, String qualifier);

    /** Tells nobody. */
    static AsyncInvocationObserver none() {
        return all(List.of());
    }

    /** Tells each observer in turn. */
    static AsyncInvocationObserver all(List<AsyncInvocationObserver> observers) {
        List<AsyncInvocationObserver> copy = List.copyOf(observers);
        return new AsyncInvocationObserver() {
            @Override
            public void received(String functionName, String qualifier) {
                copy.forEach(observer -> observer.received(functionName, qualifier));
            }

            @Override
            public void invoked(String functionName, String qualifier, Duration age) {
                copy.forEach(observer -> observer.invoked(functionName, qualifier, age));
            }

            @Override
            public void dropped(String functionName, String qualifier) {
                copy.forEach(observer -> observer.dropped(functionName, qualifier));
            }

            @Override
            public void deadLetterFailed(String functionName, String qualifier) {
                copy.forEach(observer -> observer.deadLetterFailed(functionName, qualifier));
            }

            @Override
            public void destinationDeliveryFailed(String functionName, String qualifier) {
                copy.forEach(observer -> observer.destinationDeliveryFailed(functionName, qualifier));
            }
        };
    }
}
