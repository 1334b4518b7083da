package dev.barista.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Checks every runtime's probe function (see {@link Packages}) must pass the same way. */
public final class ProbeChecks {
    private ProbeChecks() {
    }

    /** Two sequential invocations are served by the same process: same init id, same pid. */
    public static void warmEnvironmentServesSequentialInvocations(Barista barista, String probe) {
        JsonNode first = Json.payload(barista.invoke(probe, Map.of()));
        JsonNode second = Json.payload(barista.invoke(probe, Map.of()));

        assertThat(second.get("initId")).isEqualTo(first.get("initId"));
        assertThat(second.get("pid")).isEqualTo(first.get("pid"));
    }

    /** The context object the runtime hands the handler describes this invocation of {@code $LATEST}. */
    public static void contextDescribesTheInvocation(Barista barista, String probe, String memoryLimitInMegabytes) {
        InvokeResponse response = barista.invoke(probe, Map.of("action", "context"));

        JsonNode context = Json.payload(response);
        assertThat(context.get("awsRequestId").asText()).isEqualTo(response.responseMetadata().requestId());
        assertThat(context.get("functionName").asText()).isEqualTo(probe);
        assertThat(context.get("functionVersion").asText()).isEqualTo("$LATEST");
        assertThat(context.get("invokedFunctionArn").asText()).endsWith(":function:" + probe);
        assertThat(context.get("memoryLimitInMB").asText()).isEqualTo(memoryLimitInMegabytes);
        assertThat(context.get("logGroupName").asText()).isEqualTo("/aws/lambda/" + probe);
        assertThat(context.get("remainingTimeInMillis").asLong()).isBetween(1L, 3000L);
    }
}
