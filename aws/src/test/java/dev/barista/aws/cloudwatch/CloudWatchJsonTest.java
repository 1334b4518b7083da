package dev.barista.aws.cloudwatch;

import static dev.barista.aws.cloudwatch.CloudWatchFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.aws.TestRequests;
import dev.barista.aws.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** CloudWatch in awsJson 1.0, as botocore 1.43 (boto3, the AWS CLI) sends it, query-compatible. */
class CloudWatchJsonTest {
    private static final long MINUTE = NOW.minusSeconds(600).getEpochSecond();

    private final CloudWatchFixture fixture = new CloudWatchFixture();

    @Test
    void putThenGetWithEpochSecondTimestamps() {
        HttpResponse put = call("PutMetricData", """
                {"Namespace":"Shop","MetricData":[{"MetricName":"Latency","Timestamp":%d,"Values":[1.5,2.5],
                 "Unit":"Seconds","Dimensions":[{"Name":"Host","Value":"a"}]}]}""".formatted(MINUTE));
        HttpResponse get = call("GetMetricStatistics", """
                {"Namespace":"Shop","MetricName":"Latency","Dimensions":[{"Name":"Host","Value":"a"}],
                 "StartTime":%d,"EndTime":%d.5,"Period":60,"Statistics":["Sum","Maximum"],"Unit":"Seconds"}"""
                .formatted(MINUTE, MINUTE + 60));

        assertThat(put.status()).isEqualTo(200);
        assertThat(TestRequests.text(put)).isEqualTo("{}");
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.0");
        JsonNode datapoint = TestRequests.json(get).get("Datapoints").get(0);
        assertThat(datapoint.get("Timestamp").asLong()).isEqualTo(MINUTE);
        assertThat(datapoint.get("Sum").asDouble()).isEqualTo(4.0);
        assertThat(datapoint.get("Maximum").asDouble()).isEqualTo(2.5);
        assertThat(datapoint.get("Unit").asText()).isEqualTo("Seconds");
        assertThat(datapoint.has("Average")).isFalse();
        assertThat(TestRequests.json(get).get("Label").asText()).isEqualTo("Latency");
    }

    @Test
    void errorsNameTheShapeAndCarryTheQueryCode() {
        HttpResponse response = call("GetMetricStatistics", "{\"Namespace\":\"Shop\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("x-amzn-query-error")).isEqualTo("MissingParameter;Sender");
        assertThat(response.headers().first("X-Amzn-ErrorType")).isEqualTo("MissingRequiredParameterException");
        JsonNode body = TestRequests.json(response);
        assertThat(body.get("__type").asText())
                .isEqualTo("com.amazonaws.cloudwatch#MissingRequiredParameterException");
        assertThat(body.get("message").asText()).isEqualTo("The parameter MetricName is required.");
    }

    @Test
    void anUnsupportedOperationAnswers501() {
        HttpResponse response = call("PutMetricAlarm", "{}");

        assertThat(response.status()).isEqualTo(501);
        assertThat(response.headers().first("x-amzn-query-error")).isEqualTo("NotImplemented;Sender");
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationException() {
        HttpResponse response = call("ListMetrics", "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(TestRequests.json(response).get("__type").asText()).contains("SerializationException");
    }

    private HttpResponse call(String operation, String json) {
        return fixture.send("POST", "/", json.getBytes(StandardCharsets.UTF_8),
                "X-Amz-Target", "GraniteServiceVersion20100801." + operation,
                "Content-Type", "application/x-amz-json-1.0");
    }
}
