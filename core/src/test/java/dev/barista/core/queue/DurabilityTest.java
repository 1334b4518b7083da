package dev.barista.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Operations answer only once their changes are committed, and a sent message is received only then. */
class DurabilityTest {
    private final GatedStore store = new GatedStore();
    private final QueueService queues = QueueService.open(store, new QueueSettings("123456789012", "us-east-1"),
            new MutableClock(Instant.parse("2026-11-22T10:00:00Z")));

    @AfterEach
    void close() {
        store.open.release(1_000);
        queues.close();
    }

    @Test
    void sendAnswersOnlyOnceItsMessageIsCommittedAndNoConsumerSeesItBefore() throws Exception {
        store.open.release();
        queues.createQueue("orders", Map.of(), Map.of());
        store.entered.drainPermits();

        CompletableFuture<SendResult> send = CompletableFuture.supplyAsync(() ->
                queues.sendMessage("orders", MessageToSend.of(OutgoingMessage.of("hello"))));
        assertThat(store.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();

        assertThat(send).isNotDone();
        assertThat(queues.receiveMessage("orders", new ReceiveOptions(10, 0, 0, List.of(), List.of(), null)))
                .isEmpty();
        store.open.release();
        send.get(10, TimeUnit.SECONDS);
        store.open.release(100);
        assertThat(queues.receiveMessage("orders", new ReceiveOptions(10, 0, 0, List.of(), List.of(), null)))
                .hasSize(1);
    }

    @Test
    void deleteAnswersOnlyOnceCommitted() throws Exception {
        store.open.release(3);
        queues.createQueue("orders", Map.of(), Map.of());
        queues.sendMessage("orders", MessageToSend.of(OutgoingMessage.of("hello")));
        String handle = queues.receiveMessage("orders", ReceiveOptions.everything(1, null, 0)).getFirst()
                .receiptHandle();
        store.entered.drainPermits();

        CompletableFuture<Void> delete = CompletableFuture.runAsync(() -> queues.deleteMessage("orders", handle));
        assertThat(store.entered.tryAcquire(10, TimeUnit.SECONDS)).isTrue();

        assertThat(delete).isNotDone();
        store.open.release();
        delete.get(10, TimeUnit.SECONDS);
    }

    /** An in-memory store whose commits wait for a permit, so that a test can hold one in progress. */
    private static final class GatedStore implements QueueStore {
        final InMemoryQueueStore delegate = new InMemoryQueueStore();
        final Semaphore open = new Semaphore(0);
        final Semaphore entered = new Semaphore(0);

        @Override
        public QueueSnapshot load() {
            return delegate.load();
        }

        @Override
        public void apply(List<QueueChange> changes) {
            entered.release();
            try {
                open.acquire();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            delegate.apply(changes);
        }
    }

}
