package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS queues as destinations and as the dead-letter queue of asynchronous invocations, read back through the SDK's
 * {@link SqsClient}. MaximumRetryAttempts 0 makes a failure final at once.
 */
@ExtendWith(BaristaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncSqsDestinationsIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Barista barista;
    private final LambdaClient lambda;
    private final SqsClient sqs;

    AsyncSqsDestinationsIT(Barista barista) {
        this.barista = barista;
        this.lambda = barista.lambda();
        this.sqs = SqsClient.builder()
                .endpointOverride(URI.create(barista.endpointUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterAll
    void closeClient() {
        sqs.close();
    }

    @Test
    void aSuccessRecordArrivesAsTheBodyOfAMessage() {
        Queue queue = createQueue("async-success");
        String function = Barista.uniqueName("async-sqs-success");
        String arn = barista.createPython(function).functionArn();
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(function)
                .destinationConfig(config -> config.onSuccess(target -> target.destination(queue.arn()))));

        String requestId = invokeAsync(function, Map.of("action", "echo", "n", 1));
        JsonNode record = Json.parse(receive(queue).body());

        assertThat(record.get("version").asText()).isEqualTo("1.0");
        assertThat(record.get("requestContext")).isEqualTo(Json.parse(Json.write(Map.of("requestId", requestId,
                "functionArn", arn + ":$LATEST", "condition", "Success", "approximateInvokeCount", 1))));
        assertThat(record.get("requestPayload")).isEqualTo(Json.parse("{\"action\":\"echo\",\"n\":1}"));
        assertThat(record.get("responseContext")).isEqualTo(Json.parse("{\"statusCode\":200,"
                + "\"executedVersion\":\"$LATEST\"}"));
        assertThat(record.get("responsePayload").get("event")).isEqualTo(record.get("requestPayload"));
    }

    @Test
    void aFailureRecordArrivesAtTheOnFailureQueue() {
        Queue queue = createQueue("async-failure");
        String function = Barista.uniqueName("async-sqs-failure");
        barista.createPython(function);
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(function).maximumRetryAttempts(0)
                .destinationConfig(config -> config.onFailure(target -> target.destination(queue.arn()))));

        String requestId = invokeAsync(function, Map.of("action", "fail", "message", "boom"));
        JsonNode record = Json.parse(receive(queue).body());

        assertThat(record.get("requestContext").get("requestId").asText()).isEqualTo(requestId);
        assertThat(record.get("requestContext").get("condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(record.get("requestContext").get("approximateInvokeCount").asInt()).isEqualTo(1);
        assertThat(record.get("responseContext").get("functionError").asText()).isEqualTo("Unhandled");
        assertThat(record.get("responsePayload").get("errorMessage").asText()).isEqualTo("boom");
    }

    @Test
    void theDeadLetterQueueGetsTheEventWithItsErrorAttributes() {
        Queue queue = createQueue("async-dead-letters");
        String function = Barista.uniqueName("async-sqs-dlq");
        barista.createPython(function, request -> request.deadLetterConfig(config -> config.targetArn(queue.arn())));
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(function).maximumRetryAttempts(0));

        String requestId = invokeAsync(function, Map.of("action", "fail", "message", "no more tea"));
        Message message = receive(queue);

        assertThat(Json.parse(message.body())).isEqualTo(Json.parse("{\"action\":\"fail\","
                + "\"message\":\"no more tea\"}"));
        assertThat(message.messageAttributes()).containsOnlyKeys("RequestID", "ErrorCode", "ErrorMessage");
        assertThat(message.messageAttributes().get("RequestID")).isEqualTo(MessageAttributeValue.builder()
                .dataType("String").stringValue(requestId).build());
        assertThat(message.messageAttributes().get("ErrorCode")).isEqualTo(MessageAttributeValue.builder()
                .dataType("Number").stringValue("200").build());
        assertThat(message.messageAttributes().get("ErrorMessage")).isEqualTo(MessageAttributeValue.builder()
                .dataType("String").stringValue("no more tea").build());
        assertThat(lambda.getFunctionConfiguration(request -> request.functionName(function)).deadLetterConfig()
                .targetArn()).isEqualTo(queue.arn());
    }

    @Test
    void aFailureGoesToBothTheOnFailureDestinationAndTheDeadLetterQueue() {
        Queue records = createQueue("async-both-records");
        Queue deadLetters = createQueue("async-both-dead-letters");
        String function = Barista.uniqueName("async-sqs-both");
        barista.createPython(function, request -> request.deadLetterConfig(config -> config
                .targetArn(deadLetters.arn())));
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(function).maximumRetryAttempts(0)
                .destinationConfig(config -> config.onFailure(target -> target.destination(records.arn()))));

        String requestId = invokeAsync(function, Map.of("action", "fail"));

        assertThat(Json.parse(receive(records).body()).get("requestContext").get("requestId").asText())
                .isEqualTo(requestId);
        assertThat(receive(deadLetters).messageAttributes().get("RequestID").stringValue()).isEqualTo(requestId);
    }

    private String invokeAsync(String function, Object event) {
        InvokeResponse response = lambda.invoke(request -> request.functionName(function).invocationType("Event")
                .payload(Json.bytes(event)));
        assertThat(response.statusCode()).isEqualTo(202);
        return response.responseMetadata().requestId();
    }

    private Queue createQueue(String prefix) {
        String url = sqs.createQueue(request -> request.queueName(Barista.uniqueName(prefix))).queueUrl();
        String arn = sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        return new Queue(url, arn);
    }

    /** The first message of a queue, long-polling until one arrives. */
    private Message receive(Queue queue) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<Message> message = sqs.receiveMessage(request -> request.queueUrl(queue.url())
                    .waitTimeSeconds(5).maxNumberOfMessages(1).messageAttributeNames("All")).messages().stream()
                    .findFirst();
            if (message.isPresent()) {
                return message.get();
            }
        }
        throw new AssertionError("no message arrived at " + queue.arn() + " within " + PATIENCE);
    }

    private record Queue(String url, String arn) {
    }
}
