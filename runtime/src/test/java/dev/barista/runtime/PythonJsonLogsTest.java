package dev.barista.runtime;

import static dev.barista.runtime.TestFunctions.event;
import static dev.barista.runtime.TestFunctions.function;
import static dev.barista.runtime.TestFunctions.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.core.function.Runtime;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Barista's Python bootstrap with LoggingConfig JSON: the logging module's records as AWS's runtime writes them. */
class PythonJsonLogsTest {
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MILLISECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private final ProcessLauncher launcher = TestLaunchers.shared();
    private final CollectingLogSink log = new CollectingLogSink();
    private Runtime runtime;
    private EnvironmentProcess environment;

    @TempDir
    Path code;

    @BeforeEach
    void findPython() {
        runtime = launcher.installedRuntimes().stream().filter(installed -> installed.identifier().startsWith("python"))
                .findFirst().orElse(null);
        assumeThat(runtime).as("an installed Python").isNotNull();
        CodeDirectories.fromResources("python", code);
    }

    @AfterEach
    void destroy() {
        if (environment != null) {
            environment.destroy();
        }
    }

    private void start(String handler, String level) {
        environment = launcher.launch(spec(function("python-json", runtime, handler, 128), code, log,
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", level)));
        assertThat(environment.awaitInit(INIT_TIMEOUT)).isInstanceOf(InitOutcome.Ready.class);
    }

    private InvocationOutcome invoke(InvocationPayload payload) {
        return environment.invoke(payload, payload.deadline());
    }

    private List<JsonNode> records() {
        return log.lines().stream().filter(line -> line.startsWith("{")).map(PythonJsonLogsTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException error) {
            throw new UncheckedIOException(error);
        }
    }

    @Test
    void loggingRecordsAreJsonObjectsAtOrAboveTheLevelAndPrintsStayAsPrinted() {
        start("handlers.logs", "INFO");
        InvocationPayload payload = event("{}");

        assertThat(invoke(payload)).isInstanceOf(InvocationOutcome.Success.class);

        assertThat(log.lines()).contains("module loaded", "printed as is").noneMatch(line -> line.contains("dropped"));
        List<JsonNode> records = records();
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
        start("handlers.logs", "TRACE");

        invoke(event("{}"));

        assertThat(records()).extracting(record -> record.path("level").asText())
                .containsExactly("DEBUG", "INFO", "WARNING", "ERROR");
        assertThat(records().get(0).path("message").asText()).isEqualTo("dropped debug");
    }

    @Test
    void aFailedInvocationsErrorLineIsAJsonRecord() {
        start("handlers.fail", "ERROR");
        InvocationPayload payload = event("{}");

        assertThat(invoke(payload)).isInstanceOf(InvocationOutcome.FunctionError.class);

        assertThat(records()).singleElement().satisfies(record -> {
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
