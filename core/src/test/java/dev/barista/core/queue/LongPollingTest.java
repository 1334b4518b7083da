package dev.barista.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Long polls wait on their queue and are woken by the events that make a message available; no test waits for a
 * wait time to run out (the clock is the test's).
 */
class LongPollingTest {
    private final QueueFixture fixture = new QueueFixture();
    private final QueueService queues = fixture.queues;
    private final String url = fixture.create("orders");

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aWaitingReceiveReturnsAsSoonAsAMessageArrives() throws Exception {
        CompletableFuture<List<ReceivedMessage>> waiting = waitingReceive();
        assertThat(waiting).isNotDone();

        fixture.send(url, "hello");

        assertThat(fixture.bodies(waiting.get(10, TimeUnit.SECONDS))).containsExactly("hello");
    }

    @Test
    void aWaitingReceiveReturnsWhenAMessagesVisibilityIsGivenBack() throws Exception {
        fixture.send(url, "hello");
        ReceivedMessage received = fixture.receive(url, 1).getFirst();
        CompletableFuture<List<ReceivedMessage>> waiting = waitingReceive();

        queues.changeMessageVisibility(url, new VisibilityChange(received.receiptHandle(), 0));

        assertThat(fixture.bodies(waiting.get(10, TimeUnit.SECONDS))).containsExactly("hello");
    }

    @Test
    void aWaitingReceiveReturnsEmptyOnceItsWaitTimeHasPassed() throws Exception {
        CompletableFuture<List<ReceivedMessage>> waiting = waitingReceive();

        // Whenever the receive began, some round passes its deadline and wakes it.
        for (int round = 0; round < 500 && !waiting.isDone(); round++) {
            fixture.clock.advance(Duration.ofSeconds(20));
            queues.wakeWaiters();
            Thread.sleep(10);
        }

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void theQueuesReceiveWaitTimeIsTheDefault() throws Exception {
        queues.setQueueAttributes(url, java.util.Map.of("ReceiveMessageWaitTimeSeconds", "20"));
        CompletableFuture<List<ReceivedMessage>> waiting = CompletableFuture.supplyAsync(() ->
                queues.receiveMessage(url, new ReceiveOptions(1, null, null, List.of(), List.of(), null)));
        Thread.sleep(50);
        assertThat(waiting).isNotDone();

        fixture.send(url, "hello");

        assertThat(waiting.get(10, TimeUnit.SECONDS)).hasSize(1);
    }

    @Test
    void aDeletedQueueReleasesItsWaiters() throws Exception {
        CompletableFuture<List<ReceivedMessage>> waiting = waitingReceive();

        queues.deleteQueue(url);

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void closingTheServiceReleasesItsWaiters() throws Exception {
        CompletableFuture<List<ReceivedMessage>> waiting = waitingReceive();

        queues.close();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    private CompletableFuture<List<ReceivedMessage>> waitingReceive() throws InterruptedException {
        CompletableFuture<List<ReceivedMessage>> waiting = CompletableFuture.supplyAsync(() ->
                queues.receiveMessage(url, new ReceiveOptions(1, null, 20, List.of(), List.of(), null)));
        // Gives the receive time to start waiting; the assertions hold whether or not it has.
        Thread.sleep(50);
        return waiting;
    }
}
