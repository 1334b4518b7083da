package dev.barista.core.metrics;

import java.time.Duration;

/**
 * The facts of asynchronous invocation that Lambda publishes as metrics, reported by whoever handles the event
 * queue, destinations and dead-letter queues. {@code qualifier} is what the caller invoked (alias, version or null
 * for the unqualified function), which becomes the {@code Resource} dimension. Implementations are thread-safe,
 * return quickly and never throw.
 */
public interface LambdaMetrics {

    /** An {@code Event} invocation was queued ({@code AsyncEventsReceived}). */
    void asyncEventReceived(String functionName, String qualifier);

    /** A queued event was handed to the function, {@code age} after it was queued ({@code AsyncEventAge}). */
    void asyncEventAge(String functionName, String qualifier, Duration age);

    /** An event was dropped without a successful invocation ({@code AsyncEventsDropped}). */
    void asyncEventDropped(String functionName, String qualifier);

    /** Sending a failed event to the dead-letter queue failed ({@code DeadLetterErrors}). */
    void deadLetterError(String functionName, String qualifier);

    /** Sending an invocation record to a destination failed ({@code DestinationDeliveryFailures}). */
    void destinationDeliveryFailure(String functionName, String qualifier);

    /** Records nothing. */
    static LambdaMetrics none() {
        return new LambdaMetrics() {
            @Override
            public void asyncEventReceived(String functionName, String qualifier) {
            }

            @Override
            public void asyncEventAge(String functionName, String qualifier, Duration age) {
            }

            @Override
            public void asyncEventDropped(String functionName, String qualifier) {
            }

            @Override
            public void deadLetterError(String functionName, String qualifier) {
            }

            @Override
            public void destinationDeliveryFailure(String functionName, String qualifier) {
            }
        };
    }
}
