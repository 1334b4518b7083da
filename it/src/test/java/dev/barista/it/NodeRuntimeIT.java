package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import dev.barista.it.support.ProbeChecks;
import dev.barista.it.support.ZipWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** nodejs20.x through Barista's Node bootstrap: handler styles, the context, AWS's error documents. */
@ExtendWith(BaristaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeRuntimeIT {
    private final Barista barista;
    private final String probe = Barista.uniqueName("node");

    NodeRuntimeIT(Barista barista) {
        this.barista = barista;
        barista.create(probe, "nodejs20.x", "index.handler", Packages.nodeProbe(),
                request -> request.environment(environment -> environment.variables(Map.of("MY_VARIABLE", "node value"))));
    }

    @Test
    void anAsyncHandlerAnswersItsResult() {
        InvokeResponse response = barista.invoke(probe, Map.of("action", "echo", "n", 2));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        assertThat(Json.payload(response).get("event")).isEqualTo(Json.parse("{\"action\":\"echo\",\"n\":2}"));
    }

    @Test
    void aWarmEnvironmentServesSequentialInvocations() {
        ProbeChecks.warmEnvironmentServesSequentialInvocations(barista, probe);
    }

    @Test
    void theContextDescribesTheInvocation() {
        ProbeChecks.contextDescribesTheInvocation(barista, probe, "128");
    }

    @Test
    void theFunctionSeesItsOwnVariablesAndLambdasReservedOnes() {
        JsonNode result = Json.payload(barista.invoke(probe, Map.of("action", "environment")));

        JsonNode variables = result.get("variables");
        assertThat(variables.path("MY_VARIABLE").asText()).isEqualTo("node value");
        assertThat(variables.path("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo(probe);
        assertThat(variables.path("AWS_REGION").asText()).isEqualTo("us-east-1");
        assertThat(variables.path("AWS_ENDPOINT_URL").asText()).isEqualTo(barista.endpointUrl());
        assertThat(variables.path("AWS_EXECUTION_ENV").asText()).isEqualTo("AWS_Lambda_nodejs20.x");
        assertThat(variables.path("_HANDLER").asText()).isEqualTo("index.handler");
        assertThat(Path.of(variables.path("LAMBDA_TASK_ROOT").asText()))
                .isEqualTo(Path.of(result.get("workingDirectory").asText()));
    }

    @Test
    void consoleOutputIsInTheLogTail() {
        String text = "logged by node " + UUID.randomUUID();

        InvokeResponse response = barista.invoke(request -> request.functionName(probe).logType("Tail")
                .payload(Json.bytes(Map.of("action", "print", "text", text))));

        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        String requestId = response.responseMetadata().requestId();
        assertThat(log).contains("START RequestId: " + requestId, text, "END RequestId: " + requestId,
                "REPORT RequestId: " + requestId);
    }

    @Test
    void aThrownErrorAnswersNodesErrorDocument() {
        InvokeResponse response = barista.invoke(probe, Map.of("action", "fail", "message", "boom"));

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Error");
        assertThat(error.get("errorMessage").asText()).isEqualTo("boom");
        assertThat(error.get("trace").isArray()).isTrue();
        assertThat(error.get("trace").get(0).asText()).isEqualTo("Error: boom");
        assertThat(error.has("stackTrace")).isFalse();
    }

    @Test
    void theErrorTypeIsTheErrorsName() {
        JsonNode error = Json.payload(barista.invoke(probe, Map.of("action", "failCustom")));

        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("CustomError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("custom failure");
    }

    @Test
    void aCallbackHandlerAnswersThroughTheCallback() {
        String name = Barista.uniqueName("node-callback");
        barista.create(name, "nodejs20.x", "callback.handler", Packages.nodeProbe());

        JsonNode result = Json.payload(barista.invoke(name, Map.of("n", 3)));

        assertThat(result.get("style").asText()).isEqualTo("callback");
        assertThat(result.get("event")).isEqualTo(Json.parse("{\"n\":3}"));
    }

    @Test
    void anErrorPassedToTheCallbackIsAFunctionError() {
        String name = Barista.uniqueName("node-callback-error");
        barista.create(name, "nodejs20.x", "callback.failing", Packages.nodeProbe());

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        assertThat(Json.payload(response).get("errorType").asText()).isEqualTo("Error");
        assertThat(Json.payload(response).get("errorMessage").asText()).isEqualTo("callback failure");
    }

    @Test
    void anEsModuleHandlerRuns() {
        String name = Barista.uniqueName("node-esm");
        barista.create(name, "nodejs20.x", "esm.handler", Packages.nodeProbe());

        JsonNode result = Json.payload(barista.invoke(name, Map.of("n", 4)));

        assertThat(result.get("style").asText()).isEqualTo("esm");
        assertThat(result.get("event")).isEqualTo(Json.parse("{\"n\":4}"));
    }

    @Test
    void aFailingRequireIsRuntimeImportModuleError() {
        String name = Barista.uniqueName("node-import");
        barista.create(name, "nodejs20.x", "index.handler", new ZipWriter().file("index.js",
                "const missing = require('nonexistent-module-xyz');\nexports.handler = async () => 1;\n").toByteArray());

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.ImportModuleError");
        assertThat(error.get("errorMessage").asText()).startsWith("Error: Cannot find module 'nonexistent-module-xyz'");
    }

    @Test
    void aMissingHandlerIsRuntimeHandlerNotFound() {
        String name = Barista.uniqueName("node-no-handler");
        barista.create(name, "nodejs20.x", "index.missing", Packages.nodeProbe());

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.HandlerNotFound");
        assertThat(error.get("errorMessage").asText()).isEqualTo("index.missing is undefined or not exported");
    }

    @Test
    void processExitIsRuntimeExitError() {
        String name = Barista.uniqueName("node-exit");
        barista.create(name, "nodejs20.x", "index.handler", Packages.nodeProbe());

        InvokeResponse response = barista.invoke(name, Map.of("action", "exit"));

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.ExitError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("RequestId: " + response.responseMetadata().requestId()
                + " Error: Runtime exited with error: exit status 1");
        assertThat(barista.invoke(name, Map.of()).functionError()).as("the next invocation works").isNull();
    }
}
