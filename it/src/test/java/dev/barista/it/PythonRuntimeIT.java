package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** python3.11 through Barista's Python bootstrap: AWS's error documents and handler resolution. */
@ExtendWith(BaristaExtension.class)
class PythonRuntimeIT {
    private final Barista barista;

    PythonRuntimeIT(Barista barista) {
        this.barista = barista;
    }

    @Test
    void anExceptionAnswersPythonsErrorDocument() {
        String name = Barista.uniqueName("python-error");
        barista.createPython(name);

        InvokeResponse response = barista.invoke(name, Map.of("action", "fail", "message", "boom"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorMessage").asText()).isEqualTo("boom");
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("ValueError");
        assertThat(error.get("requestId").asText()).isEqualTo(response.responseMetadata().requestId());
        assertThat(error.get("stackTrace").isArray()).isTrue();
        assertThat(error.get("stackTrace")).anySatisfy(frame -> assertThat(frame.asText()).contains("app.py"));
        assertThat(Json.payload(barista.invoke(name, Map.of())).get("initId")).as("the environment survives").isNotNull();
    }

    @Test
    void aFailingImportIsRuntimeImportModuleError() {
        String name = Barista.uniqueName("python-import");
        barista.create(name, "python3.11", "app.handler",
                Packages.python("import nonexistent_module_xyz\n\ndef handler(event, context):\n    return 1\n"));

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.ImportModuleError");
        assertThat(error.get("errorMessage").asText())
                .isEqualTo("Unable to import module 'app': No module named 'nonexistent_module_xyz'");
    }

    @Test
    void aMissingModuleIsRuntimeImportModuleError() {
        String name = Barista.uniqueName("python-no-module");
        barista.create(name, "python3.11", "nothere.handler", Packages.pythonProbe());

        JsonNode error = Json.payload(barista.invoke(name, Map.of()));

        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.ImportModuleError");
        assertThat(error.get("errorMessage").asText()).isEqualTo("Unable to import module 'nothere': No module named 'nothere'");
    }

    @Test
    void aMissingHandlerFunctionIsRuntimeHandlerNotFound() {
        String name = Barista.uniqueName("python-no-handler");
        barista.create(name, "python3.11", "app.missing", Packages.pythonProbe());

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        JsonNode error = Json.payload(response);
        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.HandlerNotFound");
        assertThat(error.get("errorMessage").asText()).isEqualTo("Handler 'missing' missing on module 'app'");
    }

    @Test
    void anExceptionWhileImportingIsAFunctionErrorOfThatType() {
        String name = Barista.uniqueName("python-init-error");
        barista.create(name, "python3.11", "app.handler",
                Packages.python("raise ValueError('bad init')\n\ndef handler(event, context):\n    return 1\n"));

        for (int attempt = 0; attempt < 2; attempt++) {
            InvokeResponse response = barista.invoke(name, Map.of());

            assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
            JsonNode error = Json.payload(response);
            assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("ValueError");
            assertThat(error.get("errorMessage").asText()).isEqualTo("bad init");
        }
    }

    @Test
    void aSyntaxErrorIsRuntimeUserCodeSyntaxError() {
        String name = Barista.uniqueName("python-syntax");
        barista.create(name, "python3.11", "app.handler", Packages.python("def handler(event, context)\n    return 1\n"));

        JsonNode error = Json.payload(barista.invoke(name, Map.of()));

        assertThat(error.get("errorType").asText()).as("%s", error).isEqualTo("Runtime.UserCodeSyntaxError");
        assertThat(error.get("errorMessage").asText()).startsWith("Syntax error in module 'app'");
    }

    @Test
    void aHandlerReturningNothingAnswersNull() {
        String name = Barista.uniqueName("python-none");
        barista.create(name, "python3.11", "app.handler", Packages.python("def handler(event, context):\n    pass\n"));

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isNull();
        assertThat(response.payload().asUtf8String()).isEqualTo("null");
    }
}
