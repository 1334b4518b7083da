package dev.barista.core.queue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What one receive got: messages for the caller, dead letters for the caller to move, and the commit of the
 * receive.
 */
record ReceiveResult(List<Delivery> deliveries, List<QueueMessage> deadLetters, CompletableFuture<Void> committed) {
    static final ReceiveResult EMPTY = new ReceiveResult(List.of(), List.of(), CompletableFuture.completedFuture(null));
}
