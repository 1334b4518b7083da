package dev.barista.core.queue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The outcome of each entry of a batch of deletes, and the commit of the deletions. */
record BatchDeletion(List<BatchOutcome<Void>> outcomes, CompletableFuture<Void> committed) {
}
