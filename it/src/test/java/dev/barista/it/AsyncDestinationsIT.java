package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.HttpRecorder;
import dev.barista.it.support.Json;
import dev.barista.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Asynchronous invocation end to end: retries as MaximumRetryAttempts says, and Lambda's invocation record sent to
 * a destination function on success and on failure. Its own server retries after 1 and 2 s instead of 1 and 2 min;
 * the functions report every event they receive to an {@link HttpRecorder}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncDestinationsIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Path dataDirectory;
    private final Barista barista;
    private final LambdaClient lambda;
    private final HttpRecorder recorder = HttpRecorder.start();
    private final String subject = Barista.uniqueName("async-subject");
    private final String destination = Barista.uniqueName("async-destination");
    private final String subjectArn;
    private final String destinationArn;

    AsyncDestinationsIT() throws Exception {
        dataDirectory = Files.createTempDirectory("barista-it-async");
        ServerConfig config = Barista.config(dataDirectory, BaristaExtension.ACCOUNT_ID, 1000, Duration.ofMinutes(10))
                .withAsyncDelays(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofSeconds(2));
        barista = Barista.start(config);
        lambda = barista.lambda();
        subjectArn = createRecordingFunction(subject);
        destinationArn = createRecordingFunction(destination);
        lambda.publishVersion(request -> request.functionName(subject));
    }

    private String createRecordingFunction(String name) {
        return barista.create(name, "python3.11", "app.handler", HttpRecorder.recordingFunction(), request -> request
                .environment(environment -> environment.variables(Map.of("RECORD_URL", recorder.url()))))
                .functionArn();
    }

    @AfterAll
    void stop() throws Exception {
        recorder.close();
        barista.close();
        BaristaExtension.deleteRecursively(dataDirectory);
    }

    @Test
    void aSuccessSendsLambdasInvocationRecordToTheOnSuccessFunction() {
        lambda.createAlias(request -> request.functionName(subject).name("succeeding").functionVersion("1"));
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(subject).qualifier("succeeding")
                .destinationConfig(config -> config.onSuccess(target -> target.destination(destinationArn))));
        Instant before = Instant.now().minusSeconds(1);

        String requestId = invokeAsync("succeeding", Map.of("order", 1, "items", List.of("tea")));
        JsonNode record = recordOf(requestId);

        assertThat(fieldNames(record)).containsExactly("version", "timestamp", "requestContext", "requestPayload",
                "responseContext", "responsePayload");
        assertThat(record.get("version").asText()).isEqualTo("1.0");
        assertThat(Instant.parse(record.get("timestamp").asText())).isBetween(before, Instant.now());
        assertThat(record.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(record.get("requestContext")).isEqualTo(Json.parse(Json.write(Map.of("requestId", requestId,
                "functionArn", subjectArn + ":succeeding", "condition", "Success", "approximateInvokeCount", 1))));
        assertThat(fieldNames(record.get("requestContext"))).containsExactly("requestId", "functionArn", "condition",
                "approximateInvokeCount");
        assertThat(record.get("requestPayload")).isEqualTo(Json.parse("{\"order\":1,\"items\":[\"tea\"]}"));
        assertThat(record.get("responseContext")).isEqualTo(Json.parse("{\"statusCode\":200,"
                + "\"executedVersion\":\"1\"}"));
        assertThat(record.get("responsePayload")).isEqualTo(Json.parse("{\"handled\":{\"order\":1,"
                + "\"items\":[\"tea\"]}}"));
    }

    @Test
    void exhaustedRetriesSendTheRecordWithTheLastErrorToTheOnFailureFunction() {
        lambda.createAlias(request -> request.functionName(subject).name("failing").functionVersion("1"));
        lambda.putFunctionEventInvokeConfig(request -> request.functionName(subject).qualifier("failing")
                .maximumRetryAttempts(1)
                .destinationConfig(config -> config.onFailure(target -> target.destination(destinationArn))));

        String requestId = invokeAsync("failing", Map.of("fail", true, "message", "out of tea"));
        JsonNode record = recordOf(requestId);

        assertThat(fieldNames(record)).containsExactly("version", "timestamp", "requestContext", "requestPayload",
                "responseContext", "responsePayload");
        assertThat(record.get("requestContext")).isEqualTo(Json.parse(Json.write(Map.of("requestId", requestId,
                "functionArn", subjectArn + ":failing", "condition", "RetriesExhausted",
                "approximateInvokeCount", 2))));
        assertThat(record.get("requestPayload")).isEqualTo(Json.parse("{\"fail\":true,\"message\":\"out of tea\"}"));
        assertThat(record.get("responseContext")).isEqualTo(Json.parse("{\"statusCode\":200,"
                + "\"executedVersion\":\"1\",\"functionError\":\"Unhandled\"}"));
        assertThat(record.get("responsePayload").get("errorMessage").asText()).isEqualTo("out of tea");
        assertThat(record.get("responsePayload").get("errorType").asText()).isEqualTo("ValueError");
        assertThat(attemptsOf(requestId)).hasSize(2);
    }

    @Test
    void maximumRetryAttemptsOfTheInvokedAliasDecideHowOftenAFailureRuns() {
        List<String> requestIds = new ArrayList<>();
        for (int retries = 0; retries <= 2; retries++) {
            String alias = "retries-" + retries;
            int configured = retries;
            lambda.createAlias(request -> request.functionName(subject).name(alias).functionVersion("1"));
            lambda.putFunctionEventInvokeConfig(request -> request.functionName(subject).qualifier(alias)
                    .maximumRetryAttempts(configured)
                    .destinationConfig(config -> config.onFailure(target -> target.destination(destinationArn))));
            requestIds.add(invokeAsync(alias, Map.of("fail", true)));
        }

        for (int retries = 0; retries <= 2; retries++) {
            String requestId = requestIds.get(retries);
            // The record is sent after the last attempt, so every attempt has reported by then.
            JsonNode record = recordOf(requestId);
            assertThat(record.get("requestContext").get("approximateInvokeCount").asInt()).isEqualTo(retries + 1);
            assertThat(record.get("requestContext").get("functionArn").asText())
                    .isEqualTo(subjectArn + ":retries-" + retries);
            assertThat(attemptsOf(requestId)).as("attempts with MaximumRetryAttempts %d", retries)
                    .hasSize(retries + 1);
        }
    }

    private String invokeAsync(String qualifier, Object event) {
        InvokeResponse response = lambda.invoke(request -> request.functionName(subject).qualifier(qualifier)
                .invocationType("Event").payload(Json.bytes(event)));
        assertThat(response.statusCode()).isEqualTo(202);
        return response.responseMetadata().requestId();
    }

    /** The invocation record of one request, as the destination function received it. */
    private JsonNode recordOf(String requestId) {
        return recorder.awaitReport(report -> report.path("function").asText().equals(destination)
                && report.path("event").path("requestContext").path("requestId").asText().equals(requestId),
                PATIENCE).get("event");
    }

    private List<JsonNode> attemptsOf(String requestId) {
        return recorder.from(subject).stream()
                .filter(report -> report.path("requestId").asText().equals(requestId)).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> iterator = node.fieldNames(); iterator.hasNext(); ) {
            names.add(iterator.next());
        }
        return names;
    }
}
