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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.model.CreateEventSourceMappingResponse;
import software.amazon.awssdk.services.lambda.model.FunctionResponseType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * SQS triggers end to end through the real SDK v2 clients: messages sent with {@code SqsClient} reach a Python
 * function through an event source mapping, are deleted on success, come back after a failure and end in the
 * dead-letter queue. The function reports every batch over HTTP. Needs Barista's SQS service, which the
 * coordinator wires in at merge.
 */
@ExtendWith(BaristaExtension.class)
class SqsEventSourceIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Barista barista;
    private final SqsClient sqs;
    private final HttpServer callbacks;
    private final BlockingQueue<JsonNode> batches = new LinkedBlockingQueue<>();

    SqsEventSourceIT(Barista barista) throws IOException {
        this.barista = barista;
        this.sqs = SqsClient.builder()
                .endpointOverride(URI.create(barista.endpointUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        this.callbacks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbacks.createContext("/", exchange -> {
            batches.add(Json.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        callbacks.start();
    }

    @AfterEach
    void close() {
        callbacks.stop(0);
        sqs.close();
    }

    private String consumer(int timeoutSeconds) {
        String name = Barista.uniqueName("sqs-consumer");
        String url = "http://127.0.0.1:" + callbacks.getAddress().getPort() + "/batch";
        barista.create(name, "python3.11", "app.handler", Packages.python(Packages.PYTHON_SQS_CONSUMER), request -> request
                .timeout(timeoutSeconds).environment(environment -> environment.variables(Map.of("CALLBACK_URL", url))));
        return name;
    }

    /** A queue and its ARN. */
    private record Queue(String url, String arn) {
    }

    private Queue queue(String prefix, Map<QueueAttributeName, String> attributes) {
        String url = sqs.createQueue(request -> request.queueName(Barista.uniqueName(prefix)).attributes(attributes))
                .queueUrl();
        String arn = sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        return new Queue(url, arn);
    }

    private String enabledMapping(String function, Queue queue,
                                  java.util.function.Consumer<software.amazon.awssdk.services.lambda.model
                                          .CreateEventSourceMappingRequest.Builder> customizer) {
        CreateEventSourceMappingResponse created = barista.lambda().createEventSourceMapping(request -> {
            request.functionName(function).eventSourceArn(queue.arn());
            customizer.accept(request);
        });
        await().atMost(PATIENCE).until(() -> "Enabled".equals(barista.lambda()
                .getEventSourceMapping(request -> request.uuid(created.uuid())).state()));
        return created.uuid();
    }

    private int messagesLeft(Queue queue) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queue.url())
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    private JsonNode nextBatch() throws InterruptedException {
        JsonNode batch = batches.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(batch).as("a batch reached the function").isNotNull();
        return batch;
    }

    @Test
    void sentMessagesReachTheFunctionAsAnSqsEventAndAreDeleted() throws InterruptedException {
        String function = consumer(3);
        Queue queue = queue("orders", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"));
        enabledMapping(function, queue, request -> { });

        String messageId = sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody("{\"order\":1}")
                .messageAttributes(Map.of("tenant", software.amazon.awssdk.services.sqs.model.MessageAttributeValue
                        .builder().dataType("String").stringValue("acme").build()))).messageId();

        JsonNode record = nextBatch().path("event").path("Records").get(0);
        assertThat(record.path("messageId").asText()).isEqualTo(messageId);
        assertThat(record.path("body").asText()).isEqualTo("{\"order\":1}");
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:sqs");
        assertThat(record.path("eventSourceARN").asText()).isEqualTo(queue.arn());
        assertThat(record.path("awsRegion").asText()).isEqualTo("us-east-1");
        assertThat(record.path("attributes").path("ApproximateReceiveCount").asText()).isEqualTo("1");
        assertThat(record.path("attributes").has("SentTimestamp")).isTrue();
        assertThat(record.path("messageAttributes").path("tenant").path("stringValue").asText()).isEqualTo("acme");
        assertThat(record.path("md5OfBody").asText()).hasSize(32);
        assertThat(record.path("md5OfMessageAttributes").asText()).hasSize(32);
        await().atMost(PATIENCE).until(() -> messagesLeft(queue) == 0);
    }

    @Test
    void reportedBatchItemFailuresComeBackAndTheRestIsDeleted() throws InterruptedException {
        String function = consumer(2);
        Queue queue = queue("partial", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "2"));
        enabledMapping(function, queue, request -> request.batchSize(10)
                .functionResponseTypes(FunctionResponseType.REPORT_BATCH_ITEM_FAILURES));

        sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody("good"));
        String bad = sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody("bad")).messageId();

        int badDeliveries = 0;
        int goodDeliveries = 0;
        while (badDeliveries < 2) {
            JsonNode batch = nextBatch();
            for (JsonNode body : batch.path("bodies")) {
                badDeliveries += "bad".equals(body.asText()) ? 1 : 0;
                goodDeliveries += "good".equals(body.asText()) ? 1 : 0;
            }
        }
        assertThat(goodDeliveries).isEqualTo(1);
        assertThat(badDeliveries).isEqualTo(2);
        await().atMost(PATIENCE).until(() -> messagesLeft(queue) == 1);
        assertThat(sqs.receiveMessage(request -> request.queueUrl(queue.url()).visibilityTimeout(0)
                .waitTimeSeconds(5)).messages()).allSatisfy(message -> assertThat(message.messageId()).isEqualTo(bad));
    }

    @Test
    void aMessageTheFunctionKeepsFailingEndsInTheDeadLetterQueue() {
        String function = consumer(2);
        Queue deadLetters = queue("dead-letters", Map.of());
        Queue queue = queue("poison", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "2",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + deadLetters.arn()
                        + "\",\"maxReceiveCount\":\"2\"}"));
        enabledMapping(function, queue, request -> { });

        String messageId = sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody("fail")).messageId();

        await().atMost(PATIENCE).until(() -> {
            ReceiveMessageResponse received = sqs.receiveMessage(request -> request.queueUrl(deadLetters.url())
                    .waitTimeSeconds(5));
            return received.messages().stream().anyMatch(message -> message.messageId().equals(messageId));
        });
        assertThat(batches).allSatisfy(batch -> assertThat(batch.path("bodies").get(0).asText()).isEqualTo("fail"));
        assertThat(batches).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void messagesNoFilterMatchesAreDeletedWithoutReachingTheFunction() throws InterruptedException {
        String function = consumer(3);
        Queue queue = queue("filtered", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"));
        enabledMapping(function, queue, request -> request.filterCriteria(criteria -> criteria
                .filters(filter -> filter.pattern("{\"body\":{\"kind\":[\"keep\"]}}"))));

        sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody("{\"kind\":\"drop\"}"));
        sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody("{\"kind\":\"keep\"}"));

        assertThat(nextBatch().path("bodies").get(0).asText()).isEqualTo("{\"kind\":\"keep\"}");
        await().atMost(PATIENCE).until(() -> messagesLeft(queue) == 0);
        assertThat(batches).isEmpty();
    }

    @Test
    void aMappingIsCreatedDisabledAndDeletedThroughItsStates() {
        String function = consumer(3);
        Queue queue = queue("lifecycle", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"));
        String uuid = enabledMapping(function, queue, request -> { });

        assertThat(barista.lambda().listEventSourceMappings(request -> request.functionName(function))
                .eventSourceMappings()).singleElement().satisfies(mapping -> assertThat(mapping.uuid()).isEqualTo(uuid));
        assertThat(barista.lambda().updateEventSourceMapping(request -> request.uuid(uuid).enabled(false)).state())
                .isEqualTo("Disabling");
        await().atMost(PATIENCE).until(() -> "Disabled".equals(barista.lambda()
                .getEventSourceMapping(request -> request.uuid(uuid)).state()));
        assertThat(barista.lambda().deleteEventSourceMapping(request -> request.uuid(uuid)).state())
                .isEqualTo("Deleting");
        await().atMost(PATIENCE).untilAsserted(() -> org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> barista.lambda().getEventSourceMapping(request -> request.uuid(uuid)))
                .isInstanceOf(ResourceNotFoundException.class));
    }

    @Test
    void theSendToHandlerLatencyIsReported() throws InterruptedException {
        String function = consumer(3);
        Queue queue = queue("latency", Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"));
        enabledMapping(function, queue, request -> { });
        // A first message warms the function up, so that the second measures polling and a warm invoke.
        sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody("warm-up"));
        nextBatch();

        long sentAt = System.currentTimeMillis();
        sqs.sendMessage(request -> request.queueUrl(queue.url()).messageBody("timed"));
        JsonNode batch = nextBatch();

        double latencyMillis = batch.path("receivedAt").asDouble() * 1000 - sentAt;
        System.out.printf("SQS send-to-handler latency (warm): %.1f ms%n", latencyMillis);
        assertThat(batch.path("bodies").get(0).asText()).isEqualTo("timed");
        assertThat(latencyMillis).isPositive();
    }
}
