package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.barista.core.queue.OutgoingMessage;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.InMemoryQueues;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import dev.barista.server.ServerConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Event source mappings end to end on the real server and a real Python function, with in-memory queues standing
 * in for Barista's SQS service: the pollers deliver, delete, and resume after a restart. Each test runs its own
 * server, as the queues are given at start-up.
 */
class EventSourcePollingIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final InMemoryQueues queues = new InMemoryQueues();
    private final BlockingQueue<JsonNode> batches = new LinkedBlockingQueue<>();
    private final HttpServer callbacks;
    private final Path dataDirectory;
    private Barista barista;

    EventSourcePollingIT() throws IOException {
        dataDirectory = Files.createTempDirectory("barista-it-polling");
        callbacks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbacks.createContext("/", exchange -> {
            batches.add(Json.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        callbacks.start();
        barista = start();
    }

    private Barista start() {
        ServerConfig defaults = ServerConfig.defaults();
        return Barista.start(Barista.config(dataDirectory, BaristaExtension.ACCOUNT_ID,
                defaults.accountConcurrency(), defaults.keepAlive()), queues);
    }

    @AfterEach
    void close() throws IOException {
        barista.close();
        callbacks.stop(0);
        BaristaExtension.deleteRecursively(dataDirectory);
    }

    private String consumer() {
        String name = Barista.uniqueName("polled");
        String url = "http://127.0.0.1:" + callbacks.getAddress().getPort() + "/batch";
        barista.create(name, "python3.11", "app.handler", Packages.python(Packages.PYTHON_SQS_CONSUMER),
                request -> request.environment(environment -> environment.variables(Map.of("CALLBACK_URL", url))));
        return name;
    }

    private String enabledMapping(String function, String queueArn) {
        String uuid = barista.lambda().createEventSourceMapping(request -> request.functionName(function)
                .eventSourceArn(queueArn)).uuid();
        await().atMost(PATIENCE).until(() -> "Enabled".equals(barista.lambda()
                .getEventSourceMapping(request -> request.uuid(uuid)).state()));
        return uuid;
    }

    private JsonNode nextBatch() throws InterruptedException {
        JsonNode batch = batches.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(batch).as("a batch reached the function").isNotNull();
        return batch;
    }

    @Test
    void aMessageReachesTheFunctionAsAnSqsEventAndIsDeleted() throws InterruptedException {
        String queue = queues.create(Barista.uniqueName("orders"), Duration.ofSeconds(30));
        enabledMapping(consumer(), queue);

        String messageId = queues.send(queue, OutgoingMessage.of("{\"order\":1}")).messageId();

        JsonNode record = nextBatch().path("event").path("Records").get(0);
        assertThat(record.path("messageId").asText()).isEqualTo(messageId);
        assertThat(record.path("body").asText()).isEqualTo("{\"order\":1}");
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(record.path("eventSourceARN").asText()).isEqualTo(queue);
        assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(record.path("attributes").path("ApproximateReceiveCount").asText()).isEqualTo("1");
        await().atMost(PATIENCE).until(() -> queues.size(queue) == 0);
    }

    @Test
    void aFailedBatchStaysInTheQueue() throws InterruptedException {
        String queue = queues.create(Barista.uniqueName("failing"), Duration.ofSeconds(30));
        enabledMapping(consumer(), queue);

        queues.send(queue, OutgoingMessage.of("fail"));

        assertThat(nextBatch().path("bodies").get(0).asText()).isEqualTo("fail");
        assertThat(queues.size(queue)).isEqualTo(1);
    }

    @Test
    void mappingsResumePollingAfterARestart() throws InterruptedException {
        String queue = queues.create(Barista.uniqueName("durable"), Duration.ofSeconds(30));
        String uuid = enabledMapping(consumer(), queue);

        barista.close();
        barista = start();

        assertThat(barista.lambda().getEventSourceMapping(request -> request.uuid(uuid)).state())
                .isEqualTo("Enabled");
        String messageId = queues.send(queue, OutgoingMessage.of("after the restart")).messageId();
        assertThat(nextBatch().path("messageIds").get(0).asText()).isEqualTo(messageId);
        await().atMost(PATIENCE).until(() -> queues.size(queue) == 0);
    }
}
