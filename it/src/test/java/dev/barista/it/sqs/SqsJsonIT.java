package dev.barista.it.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The SQS suite through the AWS SDK for Java v2, which speaks awsJson 1.0. */
class SqsJsonIT extends SqsConformanceSuite {

    @Override
    protected SqsDriver driver(String endpointUrl) {
        return new SqsV2Driver(endpointUrl);
    }

    @Override
    protected void assertWireErrorForAMissingQueue(String endpointUrl) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpointUrl + "/"))
                    .header("X-Amz-Target", "AmazonSQS.GetQueueUrl")
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"QueueName\":\"no-such-queue\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("x-amzn-query-error"))
                    .hasValue("AWS.SimpleQueueService.NonExistentQueue;Sender");
            assertThat(response.body()).contains("\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\"");
        }
    }
}
