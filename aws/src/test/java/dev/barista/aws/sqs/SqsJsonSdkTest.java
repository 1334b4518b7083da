package dev.barista.aws.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.aws.lambda.InProcessHttpClient;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * The real AWS SDK for Java 2.40.2 (awsJson, with its MD5 checks on) against the gateway in process: what the
 * adapter answers is what the SDK expects.
 */
class SqsJsonSdkTest {
    private final SqsFixture fixture = new SqsFixture();
    private final SqsClient sqs = SqsClient.builder()
            .httpClient(new InProcessHttpClient(fixture.gateway))
            .endpointOverride(URI.create("http://localhost:4566"))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .overrideConfiguration(override -> override.retryStrategy(DefaultRetryStrategy.doNotRetry()))
            .build();

    @AfterEach
    void close() {
        sqs.close();
        fixture.close();
    }

    @Test
    void aQueueUrlNamesTheHostTheClientUsed() {
        String url = sqs.createQueue(request -> request.queueName("orders")).queueUrl();

        assertThat(url).isEqualTo("http://localhost:4566/" + SqsFixture.ACCOUNT + "/orders");
        assertThat(sqs.getQueueUrl(request -> request.queueName("orders")).queueUrl()).isEqualTo(url);
        assertThat(sqs.listQueues().queueUrls()).containsExactly(url);
    }

    @Test
    void messagesTravelWithAttributesThatTheSdkVerifies() {
        String url = sqs.createQueue(request -> request.queueName("orders")).queueUrl();

        SendMessageResponse sent = sqs.sendMessage(request -> request.queueUrl(url).messageBody("hello")
                .messageAttributes(Map.of(
                        "text", MessageAttributeValue.builder().dataType("String").stringValue("v").build(),
                        "number", MessageAttributeValue.builder().dataType("Number.int").stringValue("7").build(),
                        "bytes", MessageAttributeValue.builder().dataType("Binary")
                                .binaryValue(SdkBytes.fromByteArray(new byte[] {1, 2, 3})).build()))
                .messageSystemAttributes(Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                        MessageSystemAttributeValue.builder().dataType("String").stringValue("Root=1-a-b").build())));
        List<Message> received = sqs.receiveMessage(request -> request.queueUrl(url).maxNumberOfMessages(10)
                .messageAttributeNames("All").messageSystemAttributeNamesWithStrings("All")).messages();

        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(sent.messageId());
            assertThat(message.body()).isEqualTo("hello");
            assertThat(message.messageAttributes().get("bytes").binaryValue().asByteArray())
                    .containsExactly(1, 2, 3);
            assertThat(message.attributesAsStrings()).containsEntry("AWSTraceHeader", "Root=1-a-b")
                    .containsEntry("ApproximateReceiveCount", "1");
        });
        sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(received.getFirst().receiptHandle()));
        assertThat(sqs.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.ALL)).attributes())
                .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")
                .containsEntry(QueueAttributeName.QUEUE_ARN, "arn:aws:sqs:us-east-1:" + SqsFixture.ACCOUNT + ":orders");
    }

    @Test
    void errorsAreModeledExceptionsWithTheQueryCompatibleCode() {
        assertThatThrownBy(() -> sqs.getQueueUrl(request -> request.queueName("missing")))
                .isInstanceOfSatisfying(QueueDoesNotExistException.class, error -> {
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("The specified queue does not exist.");
                });
        sqs.createQueue(request -> request.queueName("orders").attributes(Map.of(QueueAttributeName.DELAY_SECONDS,
                "1")));
        assertThatThrownBy(() -> sqs.createQueue(request -> request.queueName("orders")
                .attributes(Map.of(QueueAttributeName.DELAY_SECONDS, "2"))))
                .isInstanceOfSatisfying(QueueNameExistsException.class,
                        error -> assertThat(error.awsErrorDetails().errorCode()).isEqualTo("QueueAlreadyExists"));
        String url = sqs.getQueueUrl(request -> request.queueName("orders")).queueUrl();
        assertThatThrownBy(() -> sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle("garbage")))
                .isInstanceOfSatisfying(ReceiptHandleIsInvalidException.class,
                        error -> assertThat(error.statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> sqs.receiveMessage(request -> request.queueUrl(url).maxNumberOfMessages(11)))
                .isInstanceOfSatisfying(SqsException.class,
                        error -> assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue"));
    }

    @Test
    void batchesAnswerEachEntry() {
        String url = sqs.createQueue(request -> request.queueName("orders")).queueUrl();

        SendMessageBatchResponse response = sqs.sendMessageBatch(request -> request.queueUrl(url).entries(
                entry -> entry.id("good").messageBody("fine"),
                entry -> entry.id("bad").messageBody("not\u0000fine")));

        assertThat(response.successful()).singleElement().satisfies(entry -> assertThat(entry.id()).isEqualTo("good"));
        assertThat(response.failed()).singleElement().isEqualTo(BatchResultErrorEntry.builder().id("bad")
                .senderFault(true).code("InvalidMessageContents").message("Invalid binary character '#x0' was found in"
                        + " the message body, the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF |"
                        + " #xE000 to #xFFFD | #x10000 to #x10FFFF").build());
    }

    @Test
    void permissionsAreStatementsOfThePolicy() {
        String url = sqs.createQueue(request -> request.queueName("orders")).queueUrl();

        sqs.addPermission(request -> request.queueUrl(url).label("send").awsAccountIds("111111111111")
                .actions("SendMessage"));

        assertThat(sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNames(QueueAttributeName.POLICY))
                .attributes().get(QueueAttributeName.POLICY)).contains("\"Sid\":\"send\"")
                .contains("\"Action\":\"SQS:SendMessage\"");
        sqs.removePermission(request -> request.queueUrl(url).label("send"));
        assertThatThrownBy(() -> sqs.removePermission(request -> request.queueUrl(url).label("send")))
                .isInstanceOfSatisfying(SqsException.class, error -> {
                    assertThat(error.statusCode()).isEqualTo(400);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue");
                });
    }
}
