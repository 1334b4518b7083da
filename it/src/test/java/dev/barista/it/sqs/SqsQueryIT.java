package dev.barista.it.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The SQS suite through the AWS SDK for Java v1 (1.12.500), which speaks awsQuery. */
class SqsQueryIT extends SqsConformanceSuite {

    @Override
    protected SqsDriver driver(String endpointUrl) {
        return new SqsV1Driver(endpointUrl);
    }

    @Override
    protected void assertWireErrorForAMissingQueue(String endpointUrl) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpointUrl + "/"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("Action=GetQueueUrl&QueueName=no-such-queue"
                            + "&Version=2012-11-05")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("<ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">")
                    .contains("<Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>");
        }
    }
}
