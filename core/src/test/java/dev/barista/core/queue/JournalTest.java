package dev.barista.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JournalTest {

    @Test
    void changesAppendedDuringACommitShareTheNextOne() throws Exception {
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        List<Integer> batchSizes = new ArrayList<>();
        QueueStore store = new RecordingStore(changes -> {
            batchSizes.add(changes.size());
            if (batchSizes.size() == 1) {
                firstCommitStarted.countDown();
                await(releaseFirstCommit);
            }
        });
        try (Journal journal = new Journal(store)) {
            CompletableFuture<Void> first = journal.append(new QueueChange.QueueDeleted("a"));
            assertThat(firstCommitStarted.await(10, TimeUnit.SECONDS)).isTrue();
            List<CompletableFuture<Void>> later = new ArrayList<>();
            for (int index = 0; index < 5; index++) {
                later.add(journal.append(new QueueChange.QueueDeleted("b" + index)));
            }
            assertThat(later).noneMatch(CompletableFuture::isDone);

            releaseFirstCommit.countDown();

            first.get(10, TimeUnit.SECONDS);
            for (CompletableFuture<Void> future : later) {
                future.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(batchSizes).containsExactly(1, 5);
    }

    @Test
    void aFailedCommitFailsEveryChangeOfItsBatch() {
        try (Journal journal = new Journal(new RecordingStore(changes -> {
            throw new IllegalStateException("disk full");
        }))) {
            CompletableFuture<Void> committed = journal.append(new QueueChange.QueueDeleted("a"));

            assertThatThrownBy(() -> Journal.await(committed)).hasRootCauseMessage("disk full");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record RecordingStore(java.util.function.Consumer<List<QueueChange>> onApply) implements QueueStore {
        @Override
        public QueueSnapshot load() {
            return new QueueSnapshot(List.of(), List.of(), List.of());
        }

        @Override
        public void apply(List<QueueChange> changes) {
            onApply.accept(List.copyOf(changes));
        }
    }
}
