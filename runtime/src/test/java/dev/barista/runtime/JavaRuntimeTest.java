package dev.barista.runtime;

import static dev.barista.runtime.TestFunctions.event;
import static dev.barista.runtime.TestFunctions.function;
import static dev.barista.runtime.TestFunctions.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.core.function.Runtime;
import dev.barista.runtime.handlers.GreetingHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java functions compiled from the test sources, run by AWS's runtime interface client. */
class JavaRuntimeTest {
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(20);

    private final ProcessLauncher launcher = TestLaunchers.shared();
    private final CollectingLogSink log = new CollectingLogSink();
    private EnvironmentProcess environment;

    @TempDir
    Path code;

    @BeforeEach
    void copyHandlers() {
        assumeThat(launcher.installedRuntimes()).contains(Runtime.JAVA21);
        CodeDirectories.fromClasses(GreetingHandler.class.getPackage(), code);
    }

    @AfterEach
    void destroy() {
        if (environment != null) {
            environment.destroy();
        }
    }

    private InitOutcome start(String handler) {
        environment = launcher.launch(spec(function("java-test", Runtime.JAVA21, handler, 256), code, log));
        return environment.awaitInit(INIT_TIMEOUT);
    }

    private InvocationOutcome invoke(String json) {
        InvocationPayload payload = event(json);
        return environment.invoke(payload, payload.deadline());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void runsARequestHandler() {
        assertThat(start("dev.barista.runtime.handlers.GreetingHandler::handleRequest"))
                .isInstanceOf(InitOutcome.Ready.class);
        InvocationPayload payload = event("{\"name\":\"java\"}");

        InvocationOutcome outcome = environment.invoke(payload, payload.deadline());

        assertThat(outcome).isInstanceOfSatisfying(InvocationOutcome.Success.class, success ->
                assertThat(text(success.payload())).isEqualTo("\"hello java from " + payload.requestId() + "\""));
        assertThat(log.lines()).contains("greeting java in java-test");
    }

    @Test
    void aLoggerRecordIsOneEntryAndPrintedLinesAreEach() {
        start("dev.barista.runtime.handlers.LoggingHandler::handleRequest");

        assertThat(invoke("{\"name\":\"framed\"}")).isInstanceOf(InvocationOutcome.Success.class);

        assertThat(log.lines()).contains("record of framed\nsecond line of the record", "plain line",
                "java.lang.IllegalStateException: printed", "last record");
        assertThat(log.lines()).anyMatch(line -> line.startsWith("\tat dev.barista.runtime.handlers.LoggingHandler"));
        assertThat(log.lines().indexOf("last record"))
                .isGreaterThan(log.lines().indexOf("record of framed\nsecond line of the record"));
    }

    @Test
    void runsARequestStreamHandler() {
        start("dev.barista.runtime.handlers.UppercaseStreamHandler");

        assertThat(invoke("{\"name\":\"stream\"}")).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(text(success.payload())).isEqualTo("{\"NAME\":\"STREAM\"}"));
    }

    @Test
    void reportsAnExceptionAsAFunctionErrorAndKeepsServing() {
        start("dev.barista.runtime.handlers.GreetingHandler");

        assertThat(invoke("{\"name\":\"boom\"}")).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class,
                error -> assertThat(text(error.payload())).contains("\"errorMessage\":\"boom requested\"",
                        "\"errorType\":\"java.lang.IllegalStateException\"", "\"stackTrace\":["));
        assertThat(invoke("{\"name\":\"again\"}")).isInstanceOf(InvocationOutcome.Success.class);
    }

    @Test
    void reportsAMissingHandlerClassAtTheFirstInvocation() {
        assertThat(start("dev.barista.runtime.handlers.Missing::handleRequest")).isInstanceOf(InitOutcome.Ready.class);

        assertThat(invoke("{}")).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class, error ->
                assertThat(text(error.payload())).contains("ClassNotFoundException"));
    }
}
