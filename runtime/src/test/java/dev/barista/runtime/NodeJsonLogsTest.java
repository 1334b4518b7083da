package dev.barista.runtime;

import static dev.barista.runtime.TestFunctions.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Barista's Node.js bootstrap with LoggingConfig JSON: console.* as AWS's runtime writes it, filtered by level. */
class NodeJsonLogsTest {
    private static final String MILLISECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @TempDir
    Path code;
    private BootstrapUnderTest bootstrap;

    @BeforeEach
    void find() {
        bootstrap = BootstrapUnderTest.find("node", "an installed Node.js", code);
        CodeDirectories.fromResources("node", code);
    }

    @AfterEach
    void destroy() {
        bootstrap.close();
    }

    private static List<String> keys(JsonNode record) {
        return record.properties().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void consoleCallsAreJsonRecordsAtOrAboveTheLevel() {
        bootstrap.startWithJsonLogs("node-json", "index.logs", 256, "INFO");
        InvocationPayload payload = event("{}");

        assertThat(bootstrap.invoke(payload)).isInstanceOf(InvocationOutcome.Success.class);

        assertThat(bootstrap.log().lines()).contains("written as is").noneMatch(line -> line.contains("dropped"));
        List<JsonNode> records = bootstrap.jsonRecords();
        assertThat(records).extracting(record -> record.path("level").asText())
                .containsExactly("INFO", "INFO", "WARN", "ERROR");
        JsonNode loaded = records.get(0);
        assertThat(keys(loaded)).as("no request id before the first event").containsExactly("timestamp", "level",
                "message");
        assertThat(loaded.path("message").asText()).isEqualTo("module loaded");
        JsonNode info = records.get(1);
        assertThat(keys(info)).containsExactly("timestamp", "level", "requestId", "message");
        assertThat(info.path("timestamp").asText()).matches(MILLISECONDS);
        assertThat(info.path("requestId").asText()).isEqualTo(payload.requestId());
        assertThat(info.path("message").asText()).isEqualTo("info 42 { nested: true }");
        JsonNode warning = records.get(2);
        assertThat(warning.path("message").path("order").asInt()).as("one object stays an object").isEqualTo(7);
        JsonNode inner = warning.path("message").path("error");
        assertThat(inner.path("errorType").asText()).isEqualTo("RangeError");
        assertThat(inner.path("errorMessage").asText()).isEqualTo("inner");
        assertThat(inner.path("stackTrace").get(0).asText()).isEqualTo("RangeError: inner");
        JsonNode error = records.get(3);
        assertThat(keys(error)).containsExactly("timestamp", "level", "requestId", "message", "errorType",
                "errorMessage", "stackTrace");
        assertThat(error.path("message").asText()).startsWith("failed: TypeError: bad value\n    at ");
        assertThat(error.path("errorType").asText()).isEqualTo("TypeError");
        assertThat(error.path("errorMessage").asText()).isEqualTo("bad value");
        assertThat(error.path("stackTrace").get(0).asText()).isEqualTo("TypeError: bad value");
    }

    @Test
    void traceLetsEveryCallThrough() {
        bootstrap.startWithJsonLogs("node-json", "index.logs", 256, "TRACE");

        bootstrap.invoke(event("{}"));

        assertThat(bootstrap.jsonRecords()).extracting(record -> record.path("level").asText())
                .containsExactly("INFO", "DEBUG", "TRACE", "INFO", "WARN", "ERROR");
        assertThat(bootstrap.jsonRecords().get(1).path("message").asText()).isEqualTo("dropped debug");
    }

    @Test
    void aFailedInvocationsErrorLineIsAnErrorRecordOfTheError() {
        bootstrap.startWithJsonLogs("node-json", "index.fail", 256, "ERROR");
        InvocationPayload payload = event("{}");

        assertThat(bootstrap.invoke(payload)).isInstanceOf(InvocationOutcome.FunctionError.class);

        assertThat(bootstrap.jsonRecords()).singleElement().satisfies(record -> {
            assertThat(record.path("level").asText()).isEqualTo("ERROR");
            assertThat(record.path("requestId").asText()).isEqualTo(payload.requestId());
            assertThat(record.path("message").path("errorType").asText()).isEqualTo("TypeError");
            assertThat(record.path("message").path("errorMessage").asText()).isEqualTo("bad input");
            assertThat(record.path("message").path("stackTrace").get(0).asText()).isEqualTo("TypeError: bad input");
        });
    }
}
