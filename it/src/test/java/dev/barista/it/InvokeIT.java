package dev.barista.it;

import static dev.barista.it.support.AwsErrors.assertAwsError;
import static dev.barista.it.support.AwsErrors.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import dev.barista.it.support.ProbeChecks;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Invoke's semantics, runtime-independent, observed through the Python probe. */
@ExtendWith(BaristaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvokeIT {
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private final Barista barista;
    private final LambdaClient lambda;
    private final String probe = Barista.uniqueName("invoke");

    InvokeIT(Barista barista) {
        this.barista = barista;
        this.lambda = barista.lambda();
        barista.createPython(probe, request -> request.memorySize(256)
                .environment(environment -> environment.variables(Map.of("MY_VARIABLE", "my value"))));
    }

    @Test
    void invokeAnswersThePayloadAndTheExecutedVersion() {
        InvokeResponse response = barista.invoke(probe, Map.of("action", "echo", "n", 1));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isNull();
        assertThat(response.logResult()).isNull();
        assertThat(Json.payload(response).get("event")).isEqualTo(Json.parse("{\"action\":\"echo\",\"n\":1}"));
    }

    @Test
    void theContextDescribesTheInvocation() {
        InvokeResponse response = barista.invoke(probe, Map.of("action", "context"));

        JsonNode context = Json.payload(response);
        assertThat(context.get("awsRequestId").asText()).as("the request id is x-amzn-RequestId")
                .isEqualTo(response.responseMetadata().requestId());
        assertThat(context.get("functionName").asText()).isEqualTo(probe);
        assertThat(context.get("functionVersion").asText()).isEqualTo("$LATEST");
        assertThat(context.get("invokedFunctionArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:" + BaristaExtension.ACCOUNT_ID + ":function:" + probe);
        assertThat(context.get("memoryLimitInMB").asText()).isEqualTo("256");
        assertThat(context.get("logGroupName").asText()).isEqualTo("/aws/lambda/" + probe);
        assertThat(context.get("logStreamName").asText()).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST\\]\\w+");
        assertThat(context.get("remainingTimeInMillis").asLong()).isBetween(1L, 3000L);
    }

    @Test
    void logTypeTailAnswersTheInvocationsLogInBase64() {
        String text = "printed by the probe " + UUID.randomUUID();
        String errorText = "printed to stderr " + UUID.randomUUID();

        InvokeResponse response = barista.invoke(request -> request.functionName(probe).logType("Tail")
                .payload(Json.bytes(Map.of("action", "print", "text", text, "errorText", errorText))));

        String requestId = response.responseMetadata().requestId();
        byte[] decoded = Base64.getDecoder().decode(response.logResult());
        String log = new String(decoded, StandardCharsets.UTF_8);
        assertThat(decoded.length).isLessThanOrEqualTo(4096);
        assertThat(log).contains("START RequestId: " + requestId + " Version: $LATEST")
                .contains(text)
                .contains(errorText)
                .contains("END RequestId: " + requestId)
                .containsPattern("REPORT RequestId: " + requestId + "\tDuration: \\d+\\.\\d{2} ms\tBilled Duration: \\d+ ms"
                        + "\tMemory Size: 256 MB\tMax Memory Used: \\d+ MB");
        assertThat(log.indexOf(text)).isBetween(log.indexOf("START RequestId: " + requestId),
                log.indexOf("END RequestId: " + requestId));
    }

    @Test
    void dryRunAnswers204() {
        InvokeResponse response = barista.invoke(request -> request.functionName(probe).invocationType("DryRun")
                .payload(Json.bytes(Map.of())));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.payload().asByteArray()).isEmpty();
    }

    @Test
    void eventAnswers202AndRunsTheFunction() throws Exception {
        // The function reports back over HTTP: no file path is shared, since every function has a private /tmp
        // and this checkout itself may live under /tmp.
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.start();
        try {
            String content = "sent by an Event invocation " + UUID.randomUUID();
            String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/event";

            InvokeResponse response = barista.invoke(request -> request.functionName(probe).invocationType("Event")
                    .payload(Json.bytes(Map.of("action", "post", "url", url, "content", content))));

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.payload() == null ? new byte[0] : response.payload().asByteArray()).isEmpty();
            assertThat(received.poll(60, TimeUnit.SECONDS)).isEqualTo(content);
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void aPayloadThatIsNotJsonIsInvalidRequestContent() {
        var error = assertAwsError(400, "InvalidRequestContentException", () -> barista.invoke(request -> request
                .functionName(probe).payload(SdkBytes.fromUtf8String("this is not json"))));
        assertThat(message(error)).startsWith("Could not parse request body into json");
    }

    @Test
    void aPayloadOver6MbIsRequestEntityTooLarge() {
        String big = "\"" + "x".repeat(6_291_456) + "\"";

        var error = assertAwsError(413, "RequestEntityTooLargeException", () -> barista.invoke(request -> request
                .functionName(probe).payload(SdkBytes.fromUtf8String(big))));
        assertThat(message(error)).isEqualTo("Request must be smaller than 6291456 bytes for the InvokeFunction operation");
    }

    @Test
    void anEventPayloadOver1MbIsRequestEntityTooLarge() {
        String big = "\"" + "x".repeat(1_048_576) + "\"";

        var error = assertAwsError(413, "RequestEntityTooLargeException", () -> barista.invoke(request -> request
                .functionName(probe).invocationType("Event").payload(SdkBytes.fromUtf8String(big))));
        assertThat(message(error)).endsWith("byte payload is too large for the Event invocation type (limit 1048576 bytes)");
    }

    @Test
    void aTimeoutAnswersTaskTimedOutAndTheNextInvocationGetsANewEnvironment() {
        String name = Barista.uniqueName("timeout");
        barista.createPython(name, request -> request.timeout(1));
        String first = Json.payload(barista.invoke(name, Map.of())).get("initId").asText();

        InvokeResponse timedOut = barista.invoke(name, Map.of("action", "sleep", "seconds", 30));

        assertThat(timedOut.statusCode()).isEqualTo(200);
        assertThat(timedOut.functionError()).as("%s", timedOut.payload().asUtf8String()).isEqualTo("Unhandled");
        assertThat(Json.payload(timedOut).get("errorMessage").asText()).matches(TIMESTAMP + " "
                + timedOut.responseMetadata().requestId() + " Task timed out after 1\\.00 seconds");
        InvokeResponse next = barista.invoke(name, Map.of());
        assertThat(next.functionError()).as("%s", next.payload().asUtf8String()).isNull();
        assertThat(Json.payload(next).get("initId").asText()).as("a new environment").isNotEqualTo(first);
    }

    @Test
    void aCrashAnswersRuntimeExitErrorAndTheNextInvocationGetsANewEnvironment() {
        String name = Barista.uniqueName("crash");
        barista.createPython(name);
        String first = Json.payload(barista.invoke(name, Map.of())).get("initId").asText();

        InvokeResponse crashed = barista.invoke(name, Map.of("action", "exit"));

        assertThat(crashed.statusCode()).isEqualTo(200);
        assertThat(crashed.functionError()).as("%s", crashed.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(crashed);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.ExitError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("RequestId: " + crashed.responseMetadata().requestId()
                + " Error: Runtime exited with error: exit status 1");
        InvokeResponse next = barista.invoke(name, Map.of());
        assertThat(next.functionError()).as("%s", next.payload().asUtf8String()).isNull();
        assertThat(Json.payload(next).get("initId").asText()).isNotEqualTo(first);
    }

    @Test
    void theFunctionSeesItsOwnVariablesAndLambdasReservedOnes() {
        JsonNode result = Json.payload(barista.invoke(probe, Map.of("action", "environment")));

        JsonNode variables = result.get("variables");
        assertThat(variables.path("MY_VARIABLE").asText()).isEqualTo("my value");
        assertThat(variables.path("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo(probe);
        assertThat(variables.path("AWS_LAMBDA_FUNCTION_VERSION").asText()).isEqualTo("$LATEST");
        assertThat(variables.path("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("256");
        assertThat(variables.path("AWS_LAMBDA_LOG_GROUP_NAME").asText()).isEqualTo("/aws/lambda/" + probe);
        assertThat(variables.path("AWS_LAMBDA_LOG_STREAM_NAME").asText()).isNotBlank();
        assertThat(variables.path("AWS_REGION").asText()).isEqualTo("us-east-1");
        assertThat(variables.path("AWS_DEFAULT_REGION").asText()).isEqualTo("us-east-1");
        assertThat(variables.path("AWS_ENDPOINT_URL").asText()).isEqualTo(barista.endpointUrl());
        assertThat(variables.path("AWS_EXECUTION_ENV").asText()).isEqualTo("AWS_Lambda_python3.11");
        assertThat(variables.path("_HANDLER").asText()).isEqualTo("app.handler");
        assertThat(variables.path("AWS_LAMBDA_RUNTIME_API").asText()).isNotBlank();
        assertThat(variables.path("TZ").asText()).isEqualTo(":UTC");
        assertThat(variables.path("AWS_ACCESS_KEY_ID").asText()).isNotBlank();
        assertThat(variables.path("AWS_SECRET_ACCESS_KEY").asText()).isNotBlank();
        assertThat(Path.of(variables.path("LAMBDA_TASK_ROOT").asText()))
                .isEqualTo(Path.of(result.get("workingDirectory").asText()));
    }

    @Test
    void theFunctionsTemporaryDirectoryIsNotSharedWithAnotherFunction() {
        String other = Barista.uniqueName("other-tmp");
        barista.createPython(other);
        String fileName = "secret-" + UUID.randomUUID() + ".txt";

        String written = Json.payload(barista.invoke(probe, Map.of("action", "writeFile", "path", fileName,
                "content", "mine"))).asText();

        JsonNode otherEnvironment = Json.payload(barista.invoke(other, Map.of("action", "environment")));
        assertThat(otherEnvironment.get("tempDirectory").asText()).isNotEqualTo(
                Json.payload(barista.invoke(probe, Map.of("action", "environment"))).get("tempDirectory").asText());
        assertThat(Json.payload(barista.invoke(other, Map.of("action", "exists", "path", fileName))).asBoolean())
                .as("the other function sees %s in its own temporary directory", fileName).isFalse();
        assertThat(Json.payload(barista.invoke(probe, Map.of("action", "exists", "path", fileName))).asBoolean())
                .as("the writer still sees %s", written).isTrue();
    }

    @Test
    void aFileWrittenToSlashTmpIsNotVisibleToAnotherFunction() throws Exception {
        String other = Barista.uniqueName("other-slash-tmp");
        barista.createPython(other);
        Path shared = Path.of("/tmp/barista-it-" + UUID.randomUUID());
        try {
            barista.invoke(probe, Map.of("action", "writeFile", "path", shared.toString(), "content", "mine"));

            assertThat(Json.payload(barista.invoke(other, Map.of("action", "exists", "path", shared.toString())))
                    .asBoolean()).as("another function sees %s written by %s", shared, probe).isFalse();
        } finally {
            Files.deleteIfExists(shared);
        }
    }

    @Test
    void theCodeDirectoryIsReadOnly() {
        String name = Barista.uniqueName("read-only-code");
        barista.create(name, "python3.11", "app.handler", Packages.pythonProbe("read-only"));
        String taskRoot = Json.payload(barista.invoke(name, Map.of("action", "environment"))).get("variables")
                .get("LAMBDA_TASK_ROOT").asText();

        InvokeResponse write = barista.invoke(name, Map.of("action", "writeFile",
                "path", taskRoot + "/written-by-the-function.txt", "content", "changed my own code"));

        assertThat(write.functionError()).as("writing into %s answered %s", taskRoot, write.payload().asUtf8String())
                .isEqualTo("Unhandled");
        assertThat(Json.payload(write).get("errorType").asText()).isIn("OSError", "PermissionError");
    }

    @Test
    void aFunctionCannotChangeTheCodeOfAnotherFunctionWithTheSamePackage() {
        String writer = Barista.uniqueName("same-package-writer");
        String reader = Barista.uniqueName("same-package-reader");
        byte[] zip = Packages.pythonProbe("same-package");
        barista.create(writer, "python3.11", "app.handler", zip);
        barista.create(reader, "python3.11", "app.handler", zip);
        String fileName = "planted-" + UUID.randomUUID() + ".txt";
        String writerRoot = Json.payload(barista.invoke(writer, Map.of("action", "environment"))).get("variables")
                .get("LAMBDA_TASK_ROOT").asText();
        String readerRoot = Json.payload(barista.invoke(reader, Map.of("action", "environment"))).get("variables")
                .get("LAMBDA_TASK_ROOT").asText();

        barista.invoke(writer, Map.of("action", "writeFile", "path", writerRoot + "/" + fileName, "content", "x"));

        assertThat(Json.payload(barista.invoke(reader, Map.of("action", "exists", "path", readerRoot + "/" + fileName)))
                .asBoolean()).as("%s sees a file %s wrote into its code directory %s", reader, writer, writerRoot)
                .isFalse();
    }

    @Test
    void aWarmEnvironmentServesSequentialInvocations() {
        ProbeChecks.warmEnvironmentServesSequentialInvocations(barista, probe);
    }

    @Test
    void afterUpdateFunctionConfigurationNoInvocationReachesAnOldEnvironment() {
        String name = Barista.uniqueName("reconfigured");
        barista.createPython(name, request -> request.environment(environment -> environment.variables(Map.of("V", "1"))));
        String old = Json.payload(barista.invoke(name, Map.of("action", "environment"))).get("initId").asText();

        lambda.updateFunctionConfiguration(request -> request.functionName(name)
                .environment(environment -> environment.variables(Map.of("V", "2"))));
        barista.awaitUpdated(name);

        for (int i = 0; i < 3; i++) {
            JsonNode result = Json.payload(barista.invoke(name, Map.of("action", "environment")));
            assertThat(result.get("initId").asText()).isNotEqualTo(old);
            assertThat(result.get("variables").get("V").asText()).isEqualTo("2");
        }
    }

    @Test
    void aQualifierThatDoesNotExistIsResourceNotFound() {
        var error = assertAwsError(404, "ResourceNotFoundException",
                () -> barista.invoke(request -> request.functionName(probe).qualifier("42").payload(Json.bytes(Map.of()))));
        assertThat(message(error)).isEqualTo("Function not found: arn:aws:lambda:us-east-1:"
                + BaristaExtension.ACCOUNT_ID + ":function:" + probe + ":42");
        assertAwsError(404, "ResourceNotFoundException",
                () -> barista.invoke(request -> request.functionName(probe).qualifier("nope").payload(Json.bytes(Map.of()))));
    }
}
