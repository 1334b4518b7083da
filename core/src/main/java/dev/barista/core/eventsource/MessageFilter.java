package dev.barista.core.eventsource;

import dev.barista.core.queue.ReceivedMessage;

/** Compiled filter criteria: whether a message is delivered or discarded. Thread-safe. */
@FunctionalInterface
public interface MessageFilter {

    /** True when the message's event record matches at least one pattern. */
    boolean matches(ReceivedMessage message, String queueArn, String region);

    /** The filter of a mapping without filter criteria: every message is delivered. */
    static MessageFilter all() {
        return (message, queueArn, region) -> true;
    }
}
