package dev.barista.runtime;

import static dev.barista.runtime.TestFunctions.event;
import static dev.barista.runtime.TraceIdTrial.payloadOf;
import static dev.barista.runtime.TraceIdTrial.withTraceId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Barista's Python bootstrap on the host's Python. */
class PythonRuntimeTest {
    @TempDir
    Path code;
    private BootstrapUnderTest bootstrap;

    @BeforeEach
    void findPython() {
        bootstrap = BootstrapUnderTest.find("python", "an installed Python", code);
        CodeDirectories.fromResources("python", code);
    }

    @AfterEach
    void destroy() {
        bootstrap.close();
    }

    private InitOutcome start(String handler, int memoryMegabytes) {
        return bootstrap.start("python-test", handler, memoryMegabytes, Map.of());
    }

    private InvocationOutcome invoke(InvocationPayload payload) {
        return bootstrap.invoke(payload);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void answersWithTheHandlersResultAsJson() {
        assertThat(start("handlers.hello", 128)).isInstanceOf(InitOutcome.Ready.class);

        InvocationOutcome outcome = invoke(event("{\"name\":\"python\"}"));

        assertThat(outcome).isInstanceOfSatisfying(InvocationOutcome.Success.class, success ->
                assertThat(text(success.payload())).isEqualTo("{\"greeting\": \"hello python\"}"));
        assertThat(bootstrap.log().lines()).contains("module loaded");
    }

    @Test
    void givesTheHandlerTheLambdaContext() {
        start("handlers.context_info", 256);
        InvocationPayload payload = event("{}");

        InvocationOutcome outcome = invoke(payload);

        assertThat(outcome).isInstanceOfSatisfying(InvocationOutcome.Success.class, success -> assertThat(
                text(success.payload()))
                .contains("\"function_name\": \"python-test\"", "\"function_version\": \"$LATEST\"",
                        "\"memory_limit_in_mb\": \"256\"", "\"aws_request_id\": \"" + payload.requestId() + "\"",
                        "\"invoked_function_arn\": \"" + payload.invokedFunctionArn() + "\"",
                        "\"log_group_name\": \"/aws/lambda/python-test\"", "\"cwd\": \"" + code + "\"",
                        "\"path0\": \"" + code + "\"", "\"home\": null", "\"trace\": \"Root=1-")
                .containsPattern("\"remaining\": (1\\d{4}|20000)[,}]"));
    }

    @Test
    void givesEachEventsTraceIdToTheFunctionAndToTheProcessesItStarts() {
        start("handlers.trace_ids", 128);

        TraceIdTrial.eachEventsTraceIdIsSeen(this::invoke, traceId ->
                "{\"python\": \"" + traceId + "\", \"child\": \"" + traceId + "\"}");
    }

    @Test
    void keepsNoCopyOfEarlierTraceIds() {
        start("handlers.resident_kilobytes", 128);
        long before = Long.parseLong(payloadOf(
                invoke(event("{}"))));

        // glibc's setenv would keep all 5,000 values, about 5 MB (os.environ's setter calls it).
        String padding = "0".repeat(900);
        for (int index = 0; index < 4_999; index++) {
            invoke(withTraceId(event("{}"), "Root=1-5759e988-" + index + ";Padding=" + padding));
        }
        long after = Long.parseLong(payloadOf(
                invoke(withTraceId(event("{}"), "Root=1-5759e988-last;Padding=" + padding))));

        assertThat(after - before).isLessThan(1024);
    }

    @Test
    void importsHandlersFromNestedModulePaths() {
        start("package/nested.handler", 128);

        assertThat(invoke(event("{}"))).isInstanceOfSatisfying(InvocationOutcome.Success.class, success ->
                assertThat(text(success.payload())).isEqualTo("\"nested\""));
    }

    @Test
    void reportsHandlerExceptionsInTheShapeOfAwsPython() {
        start("handlers.fail", 128);
        InvocationPayload payload = event("{}");

        InvocationOutcome outcome = invoke(payload);

        assertThat(outcome).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class, error -> {
            assertThat(error.errorType()).isEqualTo("ValueError");
            assertThat(text(error.payload())).contains("\"errorMessage\": \"something went wrong\"",
                    "\"errorType\": \"ValueError\"", "\"requestId\": \"" + payload.requestId() + "\"",
                    "\"stackTrace\": [\"  File \\\"" + code.resolve("handlers.py"));
        });
        assertThat(bootstrap.log().lines()).anyMatch(line -> line.startsWith("[ERROR] ValueError: something went wrong\r"
                + "Traceback (most recent call last):"));
    }

    @Test
    void reportsAMissingModuleAsImportModuleError() {
        InitOutcome outcome = start("missing.handler", 128);

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed -> {
            assertThat(failed.errorType()).isEqualTo("Runtime.ImportModuleError");
            assertThat(text(failed.errorPayload()))
                    .contains("\"errorMessage\": \"Unable to import module 'missing': No module named 'missing'\"");
        });
    }

    @Test
    void reportsAMissingFunctionAsHandlerNotFound() {
        InitOutcome outcome = start("handlers.absent", 128);

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed -> {
            assertThat(failed.errorType()).isEqualTo("Runtime.HandlerNotFound");
            assertThat(text(failed.errorPayload())).contains("Handler 'absent' missing on module 'handlers'");
        });
    }

    @Test
    void reportsAnExceptionAtImportAsAnInitError() {
        InitOutcome outcome = start("broken.handler", 128);

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed -> {
            assertThat(failed.errorType()).isEqualTo("RuntimeError");
            assertThat(text(failed.errorPayload())).contains("broken at import");
        });
    }

    @Test
    void reportsAnUnserializableResultAsMarshalError() {
        start("handlers.unserializable", 128);

        assertThat(invoke(event("{}"))).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class, error ->
                assertThat(error.errorType()).isEqualTo("Runtime.MarshalError"));
    }

    @Test
    void reportsACircularResultAsMarshalErrorAndServesTheNextEvent() {
        start("handlers.circular_when_asked", 128);

        assertThat(invoke(event("{\"circular\":true}"))).isInstanceOfSatisfying(
                InvocationOutcome.FunctionError.class, error -> {
                    assertThat(error.errorType()).isEqualTo("Runtime.MarshalError");
                    assertThat(text(error.payload()))
                            .contains("\"errorMessage\": \"Unable to marshal response: Circular reference detected\"");
                });
        for (int index = 0; index < 3; index++) {
            String expected = "{\"circular\": false, \"index\": " + index
                    + ", \"ratio\": 0.5, \"amount\": 2.25, \"alive\": 0}";
            assertThat(invoke(event("{\"circular\":false,\"index\":" + index + "}"))).isInstanceOfSatisfying(
                    InvocationOutcome.Success.class, success -> assertThat(text(success.payload())).isEqualTo(expected));
        }
    }

    @Test
    void decodesEventsWithWhitespaceAroundThemAndRefusesTrailingData() {
        start("handlers.hello", 128);

        assertThat(invoke(event(" {\"name\": \"spaced\"} \n"))).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(text(success.payload())).isEqualTo("{\"greeting\": \"hello spaced\"}"));
        assertThat(invoke(event("{\"name\": \"trailing\"}\n"))).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(text(success.payload())).isEqualTo("{\"greeting\": \"hello trailing\"}"));
        assertThat(invoke(event("{\"name\": \"x\"} {}"))).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class,
                error -> {
                    assertThat(error.errorType()).isEqualTo("Runtime.UnmarshalError");
                    assertThat(text(error.payload())).contains("Unable to unmarshal input: Extra data: line 1 column 15 (char 14)");
                });
    }

    @Test
    void answersTimedOutWhenTheHandlerSleepsPastTheDeadline() {
        start("handlers.sleepy", 128);

        assertThat(invoke(event("{}", Duration.ofSeconds(1)))).isInstanceOf(InvocationOutcome.TimedOut.class);
    }

    @Test
    void answersExitedWithTheExitStatusWhenTheProcessDies() {
        start("handlers.crash", 128);

        assertThat(invoke(event("{}"))).isEqualTo(new InvocationOutcome.Exited("exit status 3"));
    }

    @Test
    void deliversEveryLineInOrderBeforeAnswering() {
        start("handlers.chatty", 128);

        InvocationOutcome outcome = invoke(event("{\"lines\":200}"));

        assertThat(outcome).isInstanceOf(InvocationOutcome.Success.class);
        var expected = new java.util.ArrayList<>(IntStream.range(0, 200).mapToObj(index -> "line " + index).toList());
        expected.add("to stderr");
        expected.add("no newline at the end");
        assertThat(bootstrap.log().lines()).containsSubsequence(expected);
    }

    @Test
    void keepsServingAfterAFunctionError() {
        start("handlers.hello", 128);

        assertThat(invoke(event("{}"))).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class, error ->
                assertThat(error.errorType()).isEqualTo("KeyError"));
        assertThat(invoke(event("{\"name\":\"again\"}"))).isInstanceOf(InvocationOutcome.Success.class);
    }
}
