package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Runs a batch's entries one by one, each succeeding or failing on its own, then waits for their commits. */
final class QueueBatchOperations {
    private QueueBatchOperations() {
    }

    static <T> List<BatchOutcome<Void>> each(List<BatchEntry<T>> entries,
                                             Function<T, CompletableFuture<Void>> operation) {
        List<BatchOutcome<Void>> outcomes = new ArrayList<>();
        List<CompletableFuture<Void>> commits = new ArrayList<>();
        for (BatchEntry<T> entry : entries) {
            try {
                commits.add(operation.apply(entry.input()));
                outcomes.add(new BatchOutcome.Succeeded<>(entry.id(), null));
            } catch (BaristaException failure) {
                outcomes.add(new BatchOutcome.Failed<>(entry.id(), failure.code(),
                        String.valueOf(failure.getMessage()), failure.code() != ErrorCode.SERVICE_FAILURE));
            }
        }
        commits.forEach(Journal::await);
        return outcomes;
    }
}
