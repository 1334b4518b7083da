package dev.barista.core.invoke;

import dev.barista.core.queue.MessageQueues;
import java.util.Objects;

/**
 * What {@link AsyncInvoker} reaches outside core's services: the durable queue of accepted invocations, SQS queues
 * (destinations and dead-letter queues), the JSON documents, the timer attempts run on, and whoever watches.
 *
 * @param timer owned by the invoker once given: closing the invoker closes it
 */
public record AsyncPorts(AsyncInvocationStore invocations, MessageQueues queues, AsyncDocuments documents,
                         AsyncTimer timer, AsyncInvocationObserver observer) {
    public AsyncPorts {
        Objects.requireNonNull(invocations, "invocations");
        Objects.requireNonNull(queues, "queues");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(observer, "observer");
    }
}
