package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An event source mapping outlives its server: a mapping created on one server, over Barista's real (durable) SQS,
 * polls again when a second server starts on the same data directory, so that messages sent only after the
 * restart reach the Python function and are deleted. The function reports every batch over HTTP to this test.
 */
class SqsEventSourceRestartIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Path dataDirectory;
    private HttpServer callbacks;
    private final BlockingQueue<JsonNode> batches = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        dataDirectory = Files.createTempDirectory("barista-it-esm-restart");
        callbacks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbacks.createContext("/", exchange -> {
            batches.add(Json.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        callbacks.start();
    }

    @AfterEach
    void stop() throws IOException {
        callbacks.stop(0);
        BaristaExtension.deleteRecursively(dataDirectory);
    }

    private static SqsClient sqs(Barista barista) {
        return SqsClient.builder()
                .endpointOverride(URI.create(barista.endpointUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    private static int messagesLeft(SqsClient sqs, String queueUrl) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void aMappingPollsAgainAfterARestartAndDeliversMessagesSentAfterIt() throws InterruptedException {
        String function = Barista.uniqueName("restart-consumer");
        String queueName = Barista.uniqueName("restart-orders");
        String callbackUrl = "http://127.0.0.1:" + callbacks.getAddress().getPort() + "/batch";
        String uuid;
        try (Barista first = Barista.start(dataDirectory); SqsClient sqs = sqs(first)) {
            first.create(function, "python3.11", "app.handler", Packages.python(Packages.PYTHON_SQS_CONSUMER),
                    request -> request.timeout(3).environment(environment -> environment
                            .variables(Map.of("CALLBACK_URL", callbackUrl))));
            String queueUrl = sqs.createQueue(request -> request.queueName(queueName)
                    .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"))).queueUrl();
            String queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                    .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
            uuid = first.lambda().createEventSourceMapping(request -> request.functionName(function)
                    .eventSourceArn(queueArn).batchSize(10)).uuid();
            await().atMost(PATIENCE).until(() -> "Enabled".equals(first.lambda()
                    .getEventSourceMapping(request -> request.uuid(uuid)).state()));
        }
        assertThat(batches).as("nothing was sent before the restart").isEmpty();

        try (Barista second = Barista.start(dataDirectory); SqsClient sqs = sqs(second)) {
            assertThat(second.lambda().getEventSourceMapping(request -> request.uuid(uuid)).state())
                    .isEqualTo("Enabled");
            String queueUrl = sqs.getQueueUrl(request -> request.queueName(queueName)).queueUrl();
            Set<String> sent = new HashSet<>();
            for (int index = 0; index < 5; index++) {
                String body = "after-restart-" + index;
                sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
                sent.add(body);
            }

            Set<String> delivered = new HashSet<>();
            while (delivered.size() < sent.size()) {
                JsonNode batch = batches.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                assertThat(batch).as("a batch reached the function after the restart").isNotNull();
                batch.path("bodies").forEach(body -> delivered.add(body.asText()));
            }
            assertThat(delivered).isEqualTo(sent);
            await().atMost(PATIENCE).until(() -> messagesLeft(sqs, queueUrl) == 0);
        }
    }
}
