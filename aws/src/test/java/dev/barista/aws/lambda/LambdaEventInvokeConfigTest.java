package dev.barista.aws.lambda;

import static dev.barista.aws.lambda.LambdaFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event invoke configuration operations on the wire: paths, query, bodies, statuses and error envelopes. */
class LambdaEventInvokeConfigTest {
    private static final String CONFIG = "/2019-09-25/functions/orders/event-invoke-config";
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:";
    private static final String QUEUE = "arn:aws:sqs:us-east-1:123456789012:failures";

    private final LambdaFixture lambda = new LambdaFixture();

    @BeforeEach
    void createFunctions() {
        lambda.create("orders");
        lambda.create("audit");
        lambda.send("POST", "/2015-03-31/functions/orders/versions", "{}");
    }

    @Test
    void putAnswersTheConfigurationWithAQualifiedArnAndEpochSeconds() {
        HttpResponse response = lambda.send("PUT", CONFIG, "{\"MaximumRetryAttempts\":0,"
                + "\"MaximumEventAgeInSeconds\":3600,\"DestinationConfig\":{\"OnFailure\":{\"Destination\":\""
                + QUEUE + "\"}}}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(TestRequests.json("{\"LastModified\":1704110400.000,"
                + "\"FunctionArn\":\"" + ARN + "orders:$LATEST\",\"MaximumRetryAttempts\":0,"
                + "\"MaximumEventAgeInSeconds\":3600,\"DestinationConfig\":{\"OnSuccess\":{},"
                + "\"OnFailure\":{\"Destination\":\"" + QUEUE + "\"}}}"));
    }

    @Test
    void theQualifierParameterSelectsTheVersionOrAlias() {
        lambda.send("PUT", CONFIG + "?Qualifier=1", "{\"MaximumRetryAttempts\":1}");

        HttpResponse version = lambda.send("GET", CONFIG + "?Qualifier=1", null);
        HttpResponse latest = lambda.send("GET", CONFIG, null);

        assertThat(json(version).get("FunctionArn").asText()).isEqualTo(ARN + "orders:1");
        assertThat(json(version).has("MaximumEventAgeInSeconds")).isFalse();
        assertThat(latest.status()).isEqualTo(404);
        assertThat(latest.headers().first("X-Amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
        assertThat(json(latest).get("message").asText())
                .isEqualTo("The function " + ARN + "orders:$LATEST doesn't have an EventInvokeConfig");
    }

    @Test
    void updateIsAPostThatMerges() {
        lambda.send("PUT", CONFIG, "{\"MaximumRetryAttempts\":1}");

        HttpResponse response = lambda.send("POST", CONFIG, "{\"MaximumEventAgeInSeconds\":120}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("MaximumRetryAttempts").asInt()).isEqualTo(1);
        assertThat(json(response).get("MaximumEventAgeInSeconds").asInt()).isEqualTo(120);
    }

    @Test
    void deleteAnswers204AndListShowsWhatIsLeft() {
        lambda.send("PUT", CONFIG, "{\"MaximumRetryAttempts\":1}");
        lambda.send("PUT", CONFIG + "?Qualifier=1", "{\"MaximumRetryAttempts\":2}");

        HttpResponse delete = lambda.send("DELETE", CONFIG, null);
        HttpResponse list = lambda.send("GET", CONFIG + "/list", null);

        assertThat(delete.status()).isEqualTo(204);
        assertThat(json(list).get("FunctionEventInvokeConfigs")).hasSize(1);
        assertThat(json(list).get("FunctionEventInvokeConfigs").get(0).get("FunctionArn").asText())
                .isEqualTo(ARN + "orders:1");
        assertThat(json(list).has("NextMarker")).isFalse();
    }

    @Test
    void outOfRangeRetriesAreAValidationException() {
        HttpResponse response = lambda.send("PUT", CONFIG, "{\"MaximumRetryAttempts\":3}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("ValidationException");
    }

    @Test
    void anUnreachableDestinationIsAnInvalidParameter() {
        HttpResponse response = lambda.send("PUT", CONFIG, "{\"DestinationConfig\":{\"OnSuccess\":{\"Destination\":"
                + "\"arn:aws:sns:us-east-1:123456789012:topic\"}}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("InvalidParameterValueException");
        assertThat(json(response).get("message").asText())
                .isEqualTo("The destination ARN arn:aws:sns:us-east-1:123456789012:topic is invalid.");
    }
}
