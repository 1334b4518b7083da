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

/** Barista's Python bootstrap with LoggingConfig JSON: the logging module's records as AWS's runtime writes them. */
class PythonJsonLogsTest {
    private static final String MILLISECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @TempDir
    Path code;
    private BootstrapUnderTest bootstrap;

    @BeforeEach
    void find() {
        bootstrap = BootstrapUnderTest.find("python", "an installed Python", code);
        CodeDirectories.fromResources("python", code);
    }

    @AfterEach
    void destroy() {
        bootstrap.close();
    }

    @Test
    void loggingRecordsAreJsonObjectsAtOrAboveTheLevelAndPrintsStayAsPrinted() {
        bootstrap.startWithJsonLogs("python-json", "handlers.logs", 128, "INFO");
        InvocationPayload payload = event("{}");

        assertThat(bootstrap.invoke(payload)).isInstanceOf(InvocationOutcome.Success.class);

        assertThat(bootstrap.log().lines()).contains("module loaded", "printed as is").noneMatch(line -> line.contains("dropped"));
        List<JsonNode> records = bootstrap.jsonRecords();
        assertThat(records).extracting(record -> record.path("level").asText())
                .containsExactly("INFO", "WARNING", "ERROR");
        JsonNode info = records.get(0);
        assertThat(info.path("timestamp").asText()).matches(MILLISECONDS);
        assertThat(info.path("message").asText()).isEqualTo("info kept");
        assertThat(info.path("logger").asText()).isEqualTo("app");
        assertThat(info.path("requestId").asText()).isEqualTo(payload.requestId());
        assertThat(info.properties()).extracting(Map.Entry::getKey)
                .containsExactly("timestamp", "level", "message", "logger", "requestId");
        JsonNode warning = records.get(1);
        assertThat(warning.path("message").asText()).isEqualTo("warned");
        assertThat(warning.path("order").asInt()).as("logging's extra fields").isEqualTo(7);
        JsonNode error = records.get(2);
        assertThat(error.path("message").asText()).isEqualTo("failed");
        assertThat(error.path("errorType").asText()).isEqualTo("KeyError");
        assertThat(error.path("errorMessage").asText()).isEqualTo("'missing'");
        assertThat(error.path("stackTrace").get(0).asText())
                .startsWith("  File \"" + code.resolve("handlers.py") + "\", line ");
        assertThat(error.path("location").asText()).startsWith(code.resolve("handlers.py") + ":logs:");
        assertThat(error.path("requestId").asText()).isEqualTo(payload.requestId());
    }

    @Test
    void traceIsDebugAndLetsEveryRecordThrough() {
        bootstrap.startWithJsonLogs("python-json", "handlers.logs", 128, "TRACE");

        bootstrap.invoke(event("{}"));

        assertThat(bootstrap.jsonRecords()).extracting(record -> record.path("level").asText())
                .containsExactly("DEBUG", "INFO", "WARNING", "ERROR");
        assertThat(bootstrap.jsonRecords().get(0).path("message").asText()).isEqualTo("dropped debug");
    }

    @Test
    void aFailedInvocationsErrorLineIsAJsonRecord() {
        bootstrap.startWithJsonLogs("python-json", "handlers.fail", 128, "ERROR");
        InvocationPayload payload = event("{}");

        assertThat(bootstrap.invoke(payload)).isInstanceOf(InvocationOutcome.FunctionError.class);

        assertThat(bootstrap.jsonRecords()).singleElement().satisfies(record -> {
            assertThat(record.properties()).extracting(Map.Entry::getKey).containsExactly("timestamp", "level",
                    "errorMessage", "errorType", "requestId", "stackTrace");
            assertThat(record.path("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
            assertThat(record.path("level").asText()).isEqualTo("ERROR");
            assertThat(record.path("errorType").asText()).isEqualTo("ValueError");
            assertThat(record.path("errorMessage").asText()).isEqualTo("something went wrong");
            assertThat(record.path("requestId").asText()).isEqualTo(payload.requestId());
            assertThat(record.path("stackTrace").get(0).asText()).contains("handlers.py");
        });
    }
}
