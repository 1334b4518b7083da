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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Barista's Node.js bootstrap on the host's node. */
class NodeRuntimeTest {
    @TempDir
    Path code;
    private BootstrapUnderTest bootstrap;

    @BeforeEach
    void findNode() {
        bootstrap = BootstrapUnderTest.find("node", "an installed Node.js", code);
    }

    @AfterEach
    void destroy() {
        bootstrap.close();
    }

    private InitOutcome start(String fixture, String handler) {
        CodeDirectories.fromResources(fixture, code);
        return bootstrap.start("node-test", handler, 256, Map.of());
    }

    private InvocationOutcome invoke(InvocationPayload payload) {
        return bootstrap.invoke(payload);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void answersWithTheResolvedValueOfAnAsyncHandler() {
        assertThat(start("node", "index.asyncHandler")).isInstanceOf(InitOutcome.Ready.class);

        assertThat(invoke(event("{\"name\":\"node\"}"))).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(text(success.payload())).isEqualTo("{\"greeting\":\"hello node\"}"));
        assertThat(bootstrap.log().lines()).anyMatch(line -> line.endsWith("\tundefined\tINFO\tmodule loaded"));
    }

    @Test
    void answersWithTheValueACallbackHandlerPasses() {
        start("node", "index.callbackHandler");

        assertThat(invoke(event("{\"name\":\"cb\"}"))).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(text(success.payload())).isEqualTo("{\"via\":\"callback\",\"name\":\"cb\"}"));
    }

    @Test
    void givesEachEventsTraceIdToTheFunctionAndToTheProcessesItStarts() {
        start("node", "index.traceIds");

        TraceIdTrial.eachEventsTraceIdIsSeen(this::invoke, traceId ->
                "{\"node\":\"" + traceId + "\",\"child\":\"" + traceId + "\"}");
    }

    @Test
    void keepsNoCopyOfEarlierTraceIds() {
        start("node", "index.residentKilobytes");
        String padding = "0".repeat(3_000);
        // First the JIT, V8's heap and the C library's arenas settle; then 5,000 more events. glibc's setenv (node's
        // own process.env setter calls it) would keep all of their trace ids: 12 MB more here.
        for (int index = 0; index < 2_000; index++) {
            invoke(withTraceId(event("{}"), "Root=1-5759e988-" + index + ";Padding=" + padding));
        }
        long before = Long.parseLong(payloadOf(
                invoke(withTraceId(event("{}"), "Root=1-5759e988-warm;Padding=" + padding))));
        for (int index = 0; index < 5_000; index++) {
            invoke(withTraceId(event("{}"), "Root=1-5759e988-" + index + ";Padding=" + padding));
        }
        long after = Long.parseLong(payloadOf(
                invoke(withTraceId(event("{}"), "Root=1-5759e988-last;Padding=" + padding))));

        assertThat(after - before).isLessThan(4 * 1024);
    }

    @Test
    void givesTheHandlerTheLambdaContext() {
        start("node", "index.context");
        InvocationPayload payload = event("{}");

        assertThat(invoke(payload)).isInstanceOfSatisfying(InvocationOutcome.Success.class, success ->
                assertThat(text(success.payload())).contains("\"functionName\":\"node-test\"",
                        "\"functionVersion\":\"$LATEST\"", "\"memoryLimitInMB\":\"256\"",
                        "\"awsRequestId\":\"" + payload.requestId() + "\"",
                        "\"invokedFunctionArn\":\"" + payload.invokedFunctionArn() + "\"",
                        "\"logGroupName\":\"/aws/lambda/node-test\"", "\"callbackWaitsForEmptyEventLoop\":true",
                        "\"cwd\":\"" + code + "\"")
                        .containsPattern("\"remaining\":(1\\d{4}|20000)[,}]"));
    }

    @Test
    void loadsEsModulesAndNestedExports() {
        start("node-esm", "app.handler");
        assertThat(invoke(event("{\"name\":\"esm\"}"))).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(text(success.payload())).isEqualTo("{\"module\":\"esm\",\"name\":\"esm\"}"));
        bootstrap.environment().destroy();

        start("node", "index.nested.deeper.handler");
        assertThat(invoke(event("{}"))).isInstanceOfSatisfying(InvocationOutcome.Success.class,
                success -> assertThat(text(success.payload())).isEqualTo("\"nested\""));
    }

    @Test
    void reportsARejectionInTheShapeOfAwsNode() {
        start("node", "index.fail");

        assertThat(invoke(event("{}"))).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class, error -> {
            assertThat(error.errorType()).isEqualTo("TypeError");
            assertThat(text(error.payload())).startsWith("{\"errorType\":\"TypeError\",\"errorMessage\":\"bad input\"")
                    .contains("\"trace\":[\"TypeError: bad input\"");
        });
    }

    @Test
    void reportsACallbackError() {
        start("node", "index.callbackError");

        assertThat(invoke(event("{}"))).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class, error ->
                assertThat(text(error.payload())).contains("\"errorMessage\":\"callback failure\""));
    }

    @Test
    void reportsAMissingModuleAsImportModuleError() {
        InitOutcome outcome = start("node", "missing.handler");

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed -> {
            assertThat(failed.errorType()).isEqualTo("Runtime.ImportModuleError");
            assertThat(text(failed.errorPayload())).contains("\"errorMessage\":\"Error: Cannot find module 'missing'");
        });
    }

    @Test
    void reportsAModuleMissingAmongTheHandlersImportsAsImportModuleError() {
        InitOutcome outcome = start("node-broken", "index.handler");

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed -> {
            assertThat(failed.errorType()).isEqualTo("Runtime.ImportModuleError");
            assertThat(text(failed.errorPayload()))
                    .contains("\"errorMessage\":\"Error: Cannot find module 'nonexistent-module-xyz'");
        });
    }

    @Test
    void reportsAMissingExportAsHandlerNotFound() {
        InitOutcome outcome = start("node", "index.absent");

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed -> {
            assertThat(failed.errorType()).isEqualTo("Runtime.HandlerNotFound");
            assertThat(text(failed.errorPayload())).contains("index.absent is undefined or not exported");
        });
    }

    @Test
    void answersTimedOutWhenTheHandlerRunsPastTheDeadline() {
        start("node", "index.sleepy");

        assertThat(invoke(event("{}", Duration.ofSeconds(1)))).isInstanceOf(InvocationOutcome.TimedOut.class);
    }

    @Test
    void answersExitedWhenTheHandlerExitsTheProcess() {
        start("node", "index.crash");

        assertThat(invoke(event("{}"))).isEqualTo(new InvocationOutcome.Exited("exit status 2"));
    }

    @Test
    void deliversEveryLineInOrderBeforeAnswering() {
        start("node", "index.chatty");
        InvocationPayload payload = event("{\"lines\":100}");

        assertThat(invoke(payload)).isInstanceOf(InvocationOutcome.Success.class);

        List<String> expected = new ArrayList<>();
        for (int index = 0; index < 100; index++) {
            expected.add(payload.requestId() + "\tINFO\tline " + index);
        }
        expected.add("to stderr");
        List<String> withoutTimestamps = bootstrap.log().lines().stream()
                .map(line -> line.matches("^\\d{4}-\\d\\d-\\d\\dT.*Z\t.*") ? line.substring(line.indexOf('\t') + 1)
                        : line)
                .toList();
        assertThat(withoutTimestamps).containsSubsequence(expected);
    }
}
