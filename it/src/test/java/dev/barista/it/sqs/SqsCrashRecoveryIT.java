package dev.barista.it.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.it.sqs.SqsDriver.Outgoing;
import dev.barista.it.sqs.SqsDriver.Receive;
import dev.barista.it.sqs.SqsDriver.Received;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.ExternalServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server during concurrent sends: after a restart on the same data directory every message whose
 * SendMessage was answered is there, and so is a message that was in flight (still in flight).
 */
class SqsCrashRecoveryIT {
    private static final int SENDERS = 16;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 1_000;
    /** Large bodies make each group commit take a while, so that the kill lands while some are in progress. */
    private static final String PADDING = "x".repeat(32 * 1024);

    private Path dataDirectory;
    private ExternalServer server;

    @Test
    void everyAcknowledgedMessageSurvivesAKillDuringConcurrentSends() throws Exception {
        dataDirectory = Files.createTempDirectory("barista-it-sqs-crash");
        server = ExternalServer.start(dataDirectory);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String url;
        try (SqsDriver sqs = new SqsV2Driver(server.endpointUrl())) {
            url = sqs.createQueue("crash", Map.of("VisibilityTimeout", "45"), Map.of());
            sqs.sendMessage(url, Outgoing.of("in flight"));
            assertThat(sqs.receiveMessage(url, Receive.all(1).visibility(3600))).hasSize(1);

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            for (int sender = 0; sender < SENDERS; sender++) {
                int number = sender;
                senders.submit(() -> {
                    try (SqsDriver client = new SqsV2Driver(server.endpointUrl())) {
                        for (int index = 0; !stop.get(); index++) {
                            String body = "sender-" + number + "-message-" + index;
                            client.sendMessage(url, Outgoing.of(body + " " + PADDING));
                            acknowledged.add(body);
                        }
                    } catch (RuntimeException killed) {
                        // the server died under this sender: what it did not see acknowledged is not counted
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            server.kill();
            stop.set(true);
            senders.shutdown();
            assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        server = ExternalServer.start(dataDirectory);
        try (SqsDriver sqs = new SqsV2Driver(server.endpointUrl())) {
            assertThat(sqs.getQueueAttributes(url, List.of("VisibilityTimeout", "ApproximateNumberOfMessagesNotVisible")))
                    .containsEntry("VisibilityTimeout", "45").containsEntry("ApproximateNumberOfMessagesNotVisible", "1");
            Set<String> received = new HashSet<>();
            while (true) {
                List<Received> batch = sqs.receiveMessage(url, Receive.all(10).visibility(3600).waiting(1));
                if (batch.isEmpty()) {
                    break;
                }
                batch.forEach(message -> received.add(message.body().split(" ")[0]));
            }
            assertThat(received).doesNotContain("in flight").containsAll(acknowledged);
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (server != null) {
            server.close();
        }
        if (dataDirectory != null) {
            BaristaExtension.deleteRecursively(dataDirectory);
        }
    }
}
