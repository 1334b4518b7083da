package dev.barista.runtime;

import static dev.barista.runtime.TestFunctions.function;
import static dev.barista.runtime.TestFunctions.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/**
 * One of Barista's bootstraps (python, node) on the host's interpreter, for a runtime test: the installed runtime
 * (the test is skipped without one), at most one environment at a time, its log lines, and {@link #close} to destroy
 * it. Not thread-safe: one per test.
 */
final class BootstrapUnderTest implements AutoCloseable {
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessLauncher launcher = TestLaunchers.shared();
    private final CollectingLogSink log = new CollectingLogSink();
    private final Runtime runtime;
    private final Path code;
    private EnvironmentProcess environment;

    private BootstrapUnderTest(Runtime runtime, Path code) {
        this.runtime = runtime;
        this.code = code;
    }

    /** The first installed runtime whose identifier starts with {@code prefix}; the test is skipped without one. */
    static BootstrapUnderTest find(String prefix, String description, Path code) {
        Runtime runtime = TestLaunchers.shared().installedRuntimes().stream()
                .filter(installed -> installed.identifier().startsWith(prefix)).findFirst().orElse(null);
        assumeThat(runtime).as(description).isNotNull();
        return new BootstrapUnderTest(runtime, code);
    }

    /** Launches an environment of the code directory with these extra variables and waits for its init. */
    InitOutcome start(String functionName, String handler, int memoryMegabytes, Map<String, String> variables) {
        environment = launcher.launch(spec(function(functionName, runtime, handler, memoryMegabytes), code, log,
                variables));
        return environment.awaitInit(INIT_TIMEOUT);
    }

    /** {@link #start} with Lambda's JSON log format at this application log level; the init must succeed. */
    void startWithJsonLogs(String functionName, String handler, int memoryMegabytes, String level) {
        assertThat(start(functionName, handler, memoryMegabytes,
                Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON", "AWS_LAMBDA_LOG_LEVEL", level)))
                .isInstanceOf(InitOutcome.Ready.class);
    }

    InvocationOutcome invoke(InvocationPayload payload) {
        return environment.invoke(payload, payload.deadline());
    }

    EnvironmentProcess environment() {
        return environment;
    }

    CollectingLogSink log() {
        return log;
    }

    /** The log lines that are JSON objects, parsed. */
    List<JsonNode> jsonRecords() {
        return log.lines().stream().filter(line -> line.startsWith("{")).map(BootstrapUnderTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException error) {
            throw new UncheckedIOException(error);
        }
    }

    @Override
    public void close() {
        if (environment != null) {
            environment.destroy();
        }
    }
}
