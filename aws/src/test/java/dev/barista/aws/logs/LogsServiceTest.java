package dev.barista.aws.logs;

import static dev.barista.aws.TestRequests.json;
import static dev.barista.aws.TestRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.aws.AwsGateway;
import dev.barista.aws.http.HttpResponse;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.logs.InMemoryLogStore;
import dev.barista.core.logs.LogService;
import dev.barista.core.logs.LogSettings;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Logs adapter on the wire: targets, bodies, envelopes. The SDK's view is in the it module's LogsIT. */
class LogsServiceTest {
    private final LogService logs = new LogService(new InMemoryLogStore(), new LogSettings(1_000_000, 1_000, 100),
            new AccountSettings("123456789012", "us-east-1", 1000, 100), Clock.systemUTC());
    private final AwsGateway gateway = AwsGateway.builder().awsJson(new LogsService(logs))
            .requestIds(() -> "request-1").build();

    @AfterEach
    void close() {
        logs.close();
    }

    @Test
    void anImplementedOperationAnswersAwsJson11() {
        HttpResponse created = call("CreateLogGroup", "{\"logGroupName\":\"app\",\"tags\":{\"team\":\"core\"}}");
        HttpResponse described = call("DescribeLogGroups", "{\"logGroupNamePrefix\":\"a\"}");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(new String(created.body())).isEqualTo("{}");
        JsonNode group = json(described).get("logGroups").get(0);
        assertThat(group.get("logGroupName").asText()).isEqualTo("app");
        assertThat(group.get("arn").asText()).isEqualTo("arn:aws:logs:us-east-1:123456789012:log-group:app:*");
        assertThat(group.get("logGroupArn").asText()).isEqualTo("arn:aws:logs:us-east-1:123456789012:log-group:app");
        assertThat(group.get("logGroupClass").asText()).isEqualTo("STANDARD");
        assertThat(group.has("retentionInDays")).isFalse();
    }

    @Test
    void errorsCarryTheCodeInTheEnvelopeAndHeader() {
        HttpResponse missing = call("DeleteLogGroup", "{\"logGroupName\":\"absent\"}");
        HttpResponse invalid = call("DescribeLogGroups", "{\"limit\":51}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.headers().first("X-Amzn-ErrorType")).isEqualTo("ResourceNotFoundException");
        assertThat(json(missing).get("__type").asText()).isEqualTo("ResourceNotFoundException");
        assertThat(json(missing).get("message").asText()).isEqualTo("The specified log group does not exist.");
        assertThat(json(invalid).get("__type").asText()).isEqualTo("InvalidParameterException");
        assertThat(json(invalid).get("message").asText()).isEqualTo("1 validation error detected: Value '51' at"
                + " 'limit' failed to satisfy constraint: Member must have value less than or equal to 50");
    }

    @Test
    void anOperationBaristaDoesNotImplementAnswers501NamingIt() {
        HttpResponse response = call("StartQuery", "{\"queryString\":\"fields @message\"}");

        assertThat(response.status()).isEqualTo(501);
        assertThat(json(response).get("__type").asText()).isEqualTo("NotImplemented");
        assertThat(json(response).get("message").asText())
                .isEqualTo("Barista does not support the CloudWatch Logs operation StartQuery yet.");
    }

    @Test
    void putEventsComeBackFromGetAndFilter() {
        call("CreateLogGroup", "{\"logGroupName\":\"app\"}");
        call("CreateLogStream", "{\"logGroupName\":\"app\",\"logStreamName\":\"s\"}");
        long now = System.currentTimeMillis();

        HttpResponse put = call("PutLogEvents", "{\"logGroupName\":\"app\",\"logStreamName\":\"s\",\"sequenceToken\":"
                + "\"ignored\",\"logEvents\":[{\"timestamp\":" + now + ",\"message\":\"hello ERROR\"}]}");
        JsonNode get = json(call("GetLogEvents", "{\"logGroupName\":\"app\",\"logStreamName\":\"s\"}"));
        JsonNode filter = json(call("FilterLogEvents", "{\"logGroupName\":\"app\",\"filterPattern\":\"ERROR\"}"));

        assertThat(json(put).has("rejectedLogEventsInfo")).isFalse();
        assertThat(get.get("events").get(0).get("message").asText()).isEqualTo("hello ERROR");
        assertThat(get.get("events").get(0).get("timestamp").asLong()).isEqualTo(now);
        assertThat(get.get("nextForwardToken").asText()).startsWith("f/");
        assertThat(filter.get("events").get(0).get("logStreamName").asText()).isEqualTo("s");
        assertThat(filter.get("events").get(0).get("eventId").asText()).hasSize(56);
        assertThat(filter.has("nextToken")).isFalse();
    }

    @Test
    void anEventWithoutTimestampIsAConstraintViolation() {
        call("CreateLogGroup", "{\"logGroupName\":\"app\"}");
        call("CreateLogStream", "{\"logGroupName\":\"app\",\"logStreamName\":\"s\"}");

        HttpResponse response = call("PutLogEvents", "{\"logGroupName\":\"app\",\"logStreamName\":\"s\","
                + "\"logEvents\":[{\"message\":\"x\"}]}");

        assertThat(json(response).get("__type").asText()).isEqualTo("InvalidParameterException");
        assertThat(json(response).get("message").asText()).contains("logEvents.1.member.timestamp");
    }

    private HttpResponse call(String operation, String body) {
        return gateway.handle(request("POST", "/", body, "X-Amz-Target", "Logs_20140328." + operation,
                "Content-Type", "application/x-amz-json-1.1"));
    }
}
