package dev.barista.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.it.support.Barista;
import dev.barista.it.support.BaristaExtension;
import dev.barista.it.support.Json;
import dev.barista.it.support.Packages;
import dev.barista.it.support.ZipWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** OS-only runtimes: the package's own {@code bootstrap} (shell and curl) talks to the Runtime API. */
@ExtendWith(BaristaExtension.class)
class ProvidedRuntimeIT {
    private final Barista barista;

    ProvidedRuntimeIT(Barista barista) {
        this.barista = barista;
    }

    @ParameterizedTest
    @ValueSource(strings = {"provided.al2023", "provided.al2", "provided"})
    void theBootstrapAnswersTheInvocation(String runtime) {
        String name = Barista.uniqueName("bootstrap");
        barista.create(name, runtime, "my.handler", Packages.bootstrap());

        InvokeResponse response = barista.invoke(request -> request.functionName(name).logType("Tail")
                .payload(Json.bytes(Map.of("n", 5))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
        assertThat(response.executedVersion()).isEqualTo("$LATEST");
        JsonNode result = Json.payload(response);
        assertThat(result.get("echo")).isEqualTo(Json.parse("{\"n\":5}"));
        assertThat(result.get("handler").asText()).isEqualTo("my.handler");
        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertThat(log).contains("bootstrap handling " + response.responseMetadata().requestId());
        assertThat(Json.payload(barista.invoke(name, Map.of())).get("pid")).as("warm").isEqualTo(result.get("pid"));
    }

    @Test
    void anErrorReportedByTheBootstrapIsPassedThrough() {
        String name = Barista.uniqueName("bootstrap-error");
        barista.create(name, "provided.al2023", "my.handler", Packages.bootstrap());

        InvokeResponse response = barista.invoke(name, Map.of("action", "fail"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        assertThat(Json.payload(response))
                .isEqualTo(Json.parse("{\"errorMessage\":\"bootstrap failed\",\"errorType\":\"Custom.Failure\"}"));
    }

    @Test
    void aPackageWithoutBootstrapIsRuntimeInvalidEntrypoint() {
        String name = Barista.uniqueName("no-bootstrap");
        barista.create(name, "provided.al2023", "my.handler", new ZipWriter().file("README", "no bootstrap").toByteArray());

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        assertThat(Json.payload(response).get("errorType").asText()).isEqualTo("Runtime.InvalidEntrypoint");
    }

    @Test
    void aBootstrapThatExitsDuringInitIsRuntimeExitErrorWithTheRequestId() {
        String name = Barista.uniqueName("bootstrap-exit");
        barista.create(name, "provided.al2023", "my.handler",
                new ZipWriter().executable("bootstrap", "#!/bin/sh\nexit 3\n").toByteArray());

        InvokeResponse response = barista.invoke(name, Map.of());

        assertThat(response.functionError()).as("%s", response.payload().asUtf8String()).isEqualTo("Unhandled");
        assertThat(Json.payload(response)).isEqualTo(Json.parse("{\"errorType\":\"Runtime.ExitError\","
                + "\"errorMessage\":\"RequestId: " + response.responseMetadata().requestId()
                + " Error: Runtime exited with error: exit status 3\"}"));
    }
}
