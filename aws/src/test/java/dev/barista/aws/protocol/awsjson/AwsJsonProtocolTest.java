package dev.barista.aws.protocol.awsjson;

import static dev.barista.aws.TestRequests.json;
import static dev.barista.aws.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.AwsGateway;
import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import dev.barista.aws.protocol.AwsError;
import dev.barista.aws.protocol.QueryCompatible;
import dev.barista.aws.protocol.TestErrors;
import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsJsonProtocolTest {
    private final AwsGateway gateway = AwsGateway.builder().awsJson(new QueueService())
            .requestIds(() -> "request-1").build();

    record SendInput(@JsonProperty("QueueUrl") String queueUrl, @JsonProperty("MessageBody") String messageBody) {
    }

    record SendOutput(@JsonProperty("MessageId") String messageId) {
    }

    /** An awsJson 1.0 service shaped like SQS, to exercise the protocol. */
    static class QueueService implements AwsJsonService {
        @Override
        public String name() {
            return "Queues";
        }

        @Override
        public String targetPrefix() {
            return "AmazonSQS";
        }

        @Override
        public AwsJsonVersion version() {
            return AwsJsonVersion.V1_0;
        }

        @Override
        public Map<String, AwsJsonOperation<?>> operations() {
            return Map.of(
                    "SendMessage", AwsJsonOperation.of(SendInput.class,
                            (input, context) -> new SendOutput(input.queueUrl() + "/" + input.messageBody())),
                    "DeleteQueue", AwsJsonOperation.of(SendInput.class, (input, context) -> null),
                    "GetQueueUrl", AwsJsonOperation.of(SendInput.class, (input, context) -> {
                        throw BaristaException.notFound("The specified queue does not exist.");
                    }));
        }

        @Override
        public AwsError errorFor(ErrorCode code) {
            return TestErrors.errorFor(code);
        }
    }

    @Test
    void theTargetNamesTheOperationAndTheBodyItsInput() {
        HttpResponse response = gateway.handle(request("POST", "/", "{\"QueueUrl\":\"q\",\"MessageBody\":\"hi\"}",
                "X-Amz-Target", "AmazonSQS.SendMessage", "Content-Type", "application/x-amz-json-1.0"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.0");
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("request-1");
        assertThat(json(response)).isEqualTo(TestRequests.json("{\"MessageId\":\"q/hi\"}"));
    }

    @Test
    void anOperationWithoutOutputAnswersAnEmptyObject() {
        HttpResponse response = gateway.handle(request("POST", "/", "{}", "X-Amz-Target", "AmazonSQS.DeleteQueue"));

        assertThat(TestRequests.text(response)).isEqualTo("{}");
    }

    @Test
    void anErrorCarriesItsCodeInTypeAndHeader() {
        HttpResponse response = gateway.handle(request("POST", "/", "{}", "X-Amz-Target", "AmazonSQS.GetQueueUrl"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("NotFound");
        assertThat(json(response)).isEqualTo(TestRequests.json(
                "{\"__type\":\"NotFound\",\"message\":\"The specified queue does not exist.\"}"));
    }

    @Test
    void aQueryCompatibleErrorCarriesItsQueryCodeAndANamespacedType() {
        final class CompatibleQueueService extends QueueService implements QueryCompatible {
            @Override
            public String errorShapeId(AwsError error) {
                return "com.amazonaws.sqs#" + error.code();
            }

            @Override
            public String queryCode(AwsError error) {
                return error.queryCode();
            }

            @Override
            public AwsError errorFor(ErrorCode code) {
                return AwsError.client("QueueDoesNotExist", 400).withQueryCode("AWS.SimpleQueueService.NonExistentQueue");
            }
        }
        AwsGateway compatible = AwsGateway.builder().awsJson(new CompatibleQueueService())
                .requestIds(() -> "request-1").build();

        HttpResponse response = compatible.handle(request("POST", "/", "{}", "X-Amz-Target", "AmazonSQS.GetQueueUrl"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("x-amzn-query-error"))
                .isEqualTo("AWS.SimpleQueueService.NonExistentQueue;Sender");
        assertThat(json(response).get("__type").asText()).isEqualTo("com.amazonaws.sqs#QueueDoesNotExist");
    }

    @Test
    void anErrorWithoutQueryCodeHasNoQueryErrorHeader() {
        HttpResponse response = gateway.handle(request("POST", "/", "{}", "X-Amz-Target", "AmazonSQS.GetQueueUrl"));

        assertThat(response.headers().contains("x-amzn-query-error")).isFalse();
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationException() {
        HttpResponse response = gateway.handle(request("POST", "/", "{\"QueueUrl\":",
                "X-Amz-Target", "AmazonSQS.SendMessage"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("__type").asText()).isEqualTo("SerializationException");
    }

    @Test
    void anUnknownTargetIsAnUnknownOperation() {
        assertThat(json(gateway.handle(request("POST", "/", "{}", "X-Amz-Target", "AmazonSQS.Fly")))
                .get("__type").asText()).isEqualTo("UnknownOperationException");
        HttpResponse unknownService = gateway.handle(request("POST", "/", "{}", "X-Amz-Target", "Nobody.Fly"));
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(json(unknownService).get("__type").asText()).isEqualTo("UnknownOperationException");
    }
}
