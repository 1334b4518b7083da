package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import dev.barista.it.support.ProbeChecks;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Unmodified Java handlers (compiled in this module, packaged as classes plus {@code lib/}) through AWS's runtime
 * interface client: POJO, stream and aws-lambda-java-events handlers, Java's error document.
 */
@ExtendWith(BaristaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaRuntimeIT {
    private static final String FUNCTIONS = "dev.barista.it.functions.";

    private final Barista barista;
    private final String probe = Barista.uniqueName("java-probe");

    JavaRuntimeIT(Barista barista) {
        this.barista = barista;
        barista.create(probe, "java21", FUNCTIONS + "ProbeHandler::handleRequest", Packages.javaFunctions(false),
                request -> request.memorySize(512));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java17", "java21", "java25"})
    void aRequestHandlerAnswersItsResult(String runtime) {
        String name = Barista.uniqueName("java-hello-" + runtime);
        // A java17 function is compiled for Java 17, as its owner would compile it.
        barista.create(name, runtime, FUNCTIONS + "HelloHandler",
                Packages.javaFunctions(false, runtime.equals("java17") ? 17 : 21));

        InvokeResponse response = barista.invoke(request -> request.functionName(name).logType("Tail")
                .payload(Json.bytes(Map.of("name", "Barista"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        assertThat(response.payload().asUtf8String()).isEqualTo("\"Hello, Barista!\"");
        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertThat(log).contains("START RequestId: " + response.responseMetadata().requestId(),
                "hello handler saw Barista", "stdout line from java", "REPORT RequestId: ");
    }

    @Test
    void aShadedJarRuns() {
        String name = Barista.uniqueName("java-shaded");
        barista.create(name, "java21", FUNCTIONS + "HelloHandler::handleRequest", Packages.javaShadedJar());

        InvokeResponse response = barista.invoke(name, Map.of("name", "jar"));

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isNull();
        assertThat(response.payload().asUtf8String()).isEqualTo("\"Hello, jar!\"");
    }

    @Test
    void aWarmEnvironmentServesSequentialInvocations() {
        ProbeChecks.warmEnvironmentServesSequentialInvocations(barista, probe);
    }

    @Test
    void theContextDescribesTheInvocation() {
        ProbeChecks.contextDescribesTheInvocation(barista, probe, "512");
    }

    @Test
    void theEnvironmentAndHeapFollowTheConfiguration() {
        JsonNode result = Json.payload(barista.invoke(probe, Map.of("action", "environment")));

        JsonNode variables = result.get("variables");
        assertThat(variables.path("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo(probe);
        assertThat(variables.path("AWS_EXECUTION_ENV").asText()).isEqualTo("AWS_Lambda_java21");
        assertThat(variables.path("AWS_ENDPOINT_URL").asText()).isEqualTo(barista.endpointUrl());
        assertThat(variables.path("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("512");
        assertThat(result.get("javaVersion").asInt()).isGreaterThanOrEqualTo(21);
        assertThat(result.get("maxHeapBytes").asLong()).as("the heap fits the function's memory")
                .isLessThanOrEqualTo(512L * 1024 * 1024);
    }

    @Test
    void anExceptionAnswersJavasErrorDocument() {
        InvokeResponse response = barista.invoke(probe, Map.of("action", "fail", "message", "boom"));

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorMessage").asText()).isEqualTo("boom");
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("stackTrace").isArray()).isTrue();
        assertThat(error.get("stackTrace")).anySatisfy(frame -> assertThat(frame.asText()).contains("ProbeHandler"));
    }

    @Test
    void aStreamHandlerGetsTheRawPayload() {
        String name = Barista.uniqueName("java-stream");
        barista.create(name, "java21", FUNCTIONS + "StreamHandler::handleRequest", Packages.javaFunctions(false));

        InvokeResponse response = barista.invoke(request -> request.functionName(name)
                .payload(SdkBytes.fromUtf8String("{\"a\":1}")));

        assertThat(Json.payload(response)).isEqualTo(Json.parse("{\"bytes\":7,\"input\":{\"a\":1}}"));
    }

    @Test
    void anAwsLambdaJavaEventsHandlerGetsTheTypedEvent() {
        String name = Barista.uniqueName("java-sqs");
        barista.create(name, "java21", FUNCTIONS + "SqsHandler::handleRequest", Packages.javaFunctions(true));
        String queue = "arn:aws:sqs:us-east-1:123456789012:my-queue";
        String event = """
                {"Records":[
                  {"messageId":"m1","receiptHandle":"r1","body":"hello","attributes":{"ApproximateReceiveCount":"1",
                   "SentTimestamp":"1545082649183","SenderId":"AIDAIENQZJOLO23YVJ4VO",
                   "ApproximateFirstReceiveTimestamp":"1545082649185"},"messageAttributes":{},
                   "md5OfBody":"5d41402abc4b2a76b9719d911017c592","eventSource":"aws:sqs","eventSourceARN":"%1$s",
                   "awsRegion":"us-east-1"},
                  {"messageId":"m2","receiptHandle":"r2","body":"world","attributes":{},"messageAttributes":{},
                   "md5OfBody":"7d793037a0760186574b0282f2f435e7","eventSource":"aws:sqs","eventSourceARN":"%1$s",
                   "awsRegion":"us-east-1"}]}
                """.formatted(queue);

        InvokeResponse response = barista.invoke(request -> request.functionName(name)
                .payload(SdkBytes.fromUtf8String(event)));

        assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
        assertThat(response.payload().asUtf8String())
                .isEqualTo("\"m1=hello@" + queue + ",m2=world@" + queue + "\"");
    }

    @Test
    void aMissingHandlerClassIsAFunctionErrorNamingTheClass() {
        String name = Barista.uniqueName("java-no-class");
        barista.create(name, "java21", FUNCTIONS + "Nope::handleRequest", Packages.javaFunctions(false));

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("java.lang.ClassNotFoundException");
        assertThat(error.get("errorMessage").asText()).contains(FUNCTIONS + "Nope");
    }

    @Test
    void anExceptionInAStaticInitialiserIsAFunctionErrorEveryTime() {
        String name = Barista.uniqueName("java-init-error");
        barista.create(name, "java21", FUNCTIONS + "FailingInitHandler::handleRequest", Packages.javaFunctions(false));

        for (int attempt = 0; attempt < 2; attempt++) {
            InvokeResponse response = barista.invoke(name, Map.of());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
            JsonNode error = Json.payload(response);
            assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("java.lang.ExceptionInInitializerError");
        }
    }

    @Test
    void haltingTheJvmIsRuntimeExitError() {
        String name = Barista.uniqueName("java-exit");
        // A loaded machine can stretch the first invocation of a JVM past the default 3 s: an exit, not a timeout,
        // is what this test is about.
        barista.create(name, "java21", FUNCTIONS + "ProbeHandler::handleRequest", Packages.javaFunctions(false),
                request -> request.timeout(30));

        InvokeResponse response = barista.invoke(name, Map.of("action", "exit"));

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.ExitError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("RequestId: " + response.responseMetadata().requestId()
                + " Error: Runtime exited with error: exit status 1");
    }
}
