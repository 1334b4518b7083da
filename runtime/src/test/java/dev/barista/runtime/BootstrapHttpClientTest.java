package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.function.Runtime;
import dev.barista.core.function.RuntimeFamily;
import dev.barista.runtime.ScriptedRuntimeApi.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Barista's Python and Node.js bootstraps as HTTP clients of any HTTP/1.1 Runtime API: against a
 * {@link ScriptedRuntimeApi} that answers in chunks, by Content-Length, up to the end of the connection, after an
 * interim 100, with header names in any case, and that closes connections. Each bootstrap runs as a real process
 * with the command line and environment Barista gives it.
 */
class BootstrapHttpClientTest {
    private static final String NEXT = "/2018-06-01/runtime/invocation/next";
    private static final String ARN = TestFunctions.ARN + "wire-test";
    private static final String ACCEPTED = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
            + "Content-Length: 15\r\n\r\n{\"status\":\"OK\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Interpreters interpreters;
    private static RuntimeFiles files;

    @TempDir
    Path code;
    @TempDir
    Path temporary;
    private ScriptedRuntimeApi api;
    private Process process;

    @BeforeAll
    static void discoverInterpreters() throws IOException {
        Path work = Files.createTempDirectory(Path.of("target"), "bootstrap-http-").toAbsolutePath();
        interpreters = InterpreterDiscovery.discover(ProcessLauncherConfig.defaults(work));
        files = RuntimeFiles.install(work);
    }

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        if (api != null) {
            api.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void readsChunkedAnswersWithHeaderNamesInAnyCaseAndKeepsTheConnection(RuntimeFamily family) throws Exception {
        start(family);
        Request next = api.take();
        assertThat(next.method() + " " + next.path()).isEqualTo("GET " + NEXT);
        assertThat(next.headers()).containsEntry("host", api.address());

        next.answer("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nLAMBDA-RUNTIME-AWS-REQUEST-ID: chunked-1\r\n"
                        + "lambda-runtime-deadline-ms: " + deadline() + "\r\nLambda-Runtime-Invoked-Function-Arn: "
                        + ARN + "\r\ntransfer-encoding: Chunked\r\n\r\n",
                chunk("{\"name\":", ";extension=1"), chunk("\"chunked ü\"", ""), chunk("}", ""),
                "0\r\nX-Trailer: ignored\r\n\r\n");

        Request response = api.take();
        assertThat(response.method() + " " + response.path())
                .isEqualTo("POST /2018-06-01/runtime/invocation/chunked-1/response");
        assertThat(response.headers()).containsEntry("content-type", "application/json")
                .containsEntry("content-length", Integer.toString(response.body().length));
        assertThat(JSON.readValue(response.body(), Map.class)).isEqualTo(
                Map.of("event", Map.of("name", "chunked ü"), "requestId", "chunked-1", "hasTime", true));
        response.answer("HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunk("{\"status\":\"OK\"}", "") + "0\r\n\r\n");

        // The connection is still in step after the chunked answers: the next event comes on it.
        Request second = api.take();
        assertThat(second.path()).isEqualTo(NEXT);
        assertThat(second.connection()).isEqualTo(1);
        second.answer(event("second", "{\"name\":\"by length\"}"));
        Request secondResponse = api.take();
        assertThat(secondResponse.path()).isEqualTo("/2018-06-01/runtime/invocation/second/response");
        assertThat(secondResponse.text()).contains("by length");
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void readsALargeEventByLengthAndAnAnswerThatEndsWithTheConnection(RuntimeFamily family) throws Exception {
        start(family);
        String large = "x".repeat(300_000);
        String event = event("large", "{\"name\":\"" + large + "\"}");
        int split = event.length() / 2;
        api.take().answer(event.substring(0, split), event.substring(split));

        Request response = api.take();
        assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/large/response");
        assertThat(JSON.readValue(response.body(), Map.class).get("event")).isEqualTo(Map.of("name", large));
        response.answer("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                + "{\"status\":\"OK\"}");
        response.closeConnection();

        Request next = nextOnANewConnection();
        assertThat(next.path()).isEqualTo(NEXT);
        assertThat(next.connection()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void sendsItsAnswerAndTheRequestForTheNextEventTogether(RuntimeFamily family) throws Exception {
        start(family);
        api.take().answer(event("first", "{\"name\":\"one\"}"));

        Request response = api.take();
        Request next = api.take(); // Arrives before the answer is acknowledged: pipelined on the same connection.

        assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/first/response");
        assertThat(next.method() + " " + next.path()).isEqualTo("GET " + NEXT);
        assertThat(next.connection()).isEqualTo(response.connection());
        response.answer(ACCEPTED);
        next.answer(event("second", "{\"name\":\"two\"}"));
        assertThat(api.take().path()).isEqualTo("/2018-06-01/runtime/invocation/second/response");
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void sendsAnInvocationErrorAndTheRequestForTheNextEventTogether(RuntimeFamily family) throws Exception {
        start(family);
        api.take().answer(event("failing", "{\"fail\":true}"));

        Request error = api.take();
        Request next = api.take(); // Pipelined, as an answer is.

        assertThat(error.method() + " " + error.path()).isEqualTo("POST /2018-06-01/runtime/invocation/failing/error");
        assertThat(error.headers()).containsKey("lambda-runtime-function-error-type");
        assertThat(JSON.readValue(error.body(), Map.class).get("errorMessage")).isEqualTo("failed on purpose");
        assertThat(next.method() + " " + next.path()).isEqualTo("GET " + NEXT);
        assertThat(next.connection()).isEqualTo(error.connection());
        error.answer(ACCEPTED);
        next.answer(event("second", "{\"name\":\"two\"}"));
        assertThat(api.take().path()).isEqualTo("/2018-06-01/runtime/invocation/second/response");
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void readsTheAnswerAndTheNextEventWhenTheyArriveInOneWrite(RuntimeFamily family) throws Exception {
        start(family);
        api.take().answer(event("first", "{\"name\":\"one\"}"));
        Request response = api.take();
        api.take();

        response.answer(ACCEPTED + event("second", "{\"name\":\"two\"}"));

        Request secondResponse = api.take();
        assertThat(secondResponse.path()).isEqualTo("/2018-06-01/runtime/invocation/second/response");
        assertThat(secondResponse.text()).contains("two");
        assertThat(secondResponse.connection()).isEqualTo(1);
    }

    /** The same acknowledgement bytes every time, as Barista sends them (the Python client remembers such heads). */
    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void readsRepeatedIdenticalAcknowledgementsAndEventsOnOneConnection(RuntimeFamily family) throws Exception {
        start(family);
        Request next = api.take();
        for (int index = 1; index <= 3; index++) {
            next.answer(event("repeat-" + index, "{\"name\":\"" + index + "\"}"));
            Request response = api.take();
            assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/repeat-" + index + "/response");
            assertThat(JSON.readValue(response.body(), Map.class).get("event")).isEqualTo(Map.of("name", "" + index));
            next = api.take();
            response.answer(ACCEPTED);
        }
        next.answer(event("last", "{\"name\":\"last\"}"));
        Request last = api.take();
        assertThat(last.path()).isEqualTo("/2018-06-01/runtime/invocation/last/response");
        assertThat(last.connection()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void takesTheNextEventAfterAnAnswerIsRefused(RuntimeFamily family) throws Exception {
        start(family);
        api.take().answer(event("first", "{\"name\":\"one\"}"));
        Request response = api.take();
        Request next = api.take();

        String refusal = "{\"errorType\":\"RequestEntityTooLarge\",\"errorMessage\":\"too large\"}";
        response.answer("HTTP/1.1 413 Content Too Large\r\nContent-Type: application/json\r\nContent-Length: "
                + refusal.length() + "\r\n\r\n" + refusal);
        next.answer(event("second", "{\"name\":\"two\"}"));

        Request secondResponse = api.take();
        assertThat(secondResponse.path()).isEqualTo("/2018-06-01/runtime/invocation/second/response");
        assertThat(secondResponse.connection()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void sendsTheRequestForTheNextEventAgainWhenTheServerClosesAfterTheAnswer(RuntimeFamily family)
            throws Exception {
        start(family);
        api.take().answer(event("first", "{\"name\":\"one\"}"));
        Request response = api.take();
        Request abandoned = api.take();
        assertThat(abandoned.path()).isEqualTo(NEXT);

        response.answer("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Content-Length: 15\r\n\r\n{\"status\":\"OK\"}");
        response.closeConnection();

        Request retried = api.take();
        assertThat(retried.path()).isEqualTo(NEXT);
        assertThat(retried.connection()).isEqualTo(2);
        retried.answer(event("second", "{\"name\":\"two\"}"));
        assertThat(api.take().path()).isEqualTo("/2018-06-01/runtime/invocation/second/response");
    }

    /**
     * The next request after the server closed connection 1: the bootstraps send their request for the next event
     * together with their answer (pipelined), so connection 1 may have carried one that the close abandoned.
     */
    private Request nextOnANewConnection() throws InterruptedException {
        Request next = api.take();
        return next.connection() == 1 && next.path().equals(NEXT) ? api.take() : next;
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void asksAgainOnANewConnectionWhenTheServerClosesOneWithoutAnswering(RuntimeFamily family) throws Exception {
        start(family);
        api.take().answer(event("first", "{\"name\":\"one\"}"));
        api.take().answer(ACCEPTED);
        Request unanswered = api.take();
        assertThat(unanswered.path()).isEqualTo(NEXT);
        unanswered.closeConnection();

        Request retried = api.take();
        assertThat(retried.path()).isEqualTo(NEXT);
        assertThat(retried.connection()).isEqualTo(2);
        retried.answer(event("second", "{\"name\":\"two\"}"));
        Request response = api.take();
        assertThat(response.path()).isEqualTo("/2018-06-01/runtime/invocation/second/response");
        assertThat(response.connection()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = RuntimeFamily.class, names = {"PYTHON", "NODEJS"})
    void exitsWhenTheRuntimeApiRefusesTheNextEvent(RuntimeFamily family) throws Exception {
        start(family);
        String refusal = "{\"errorType\":\"EnvironmentEnded\",\"errorMessage\":\"The environment has ended\"}";
        api.take().answer("HTTP/1.1 410 Gone\r\nContent-Type: application/json\r\nContent-Length: "
                + refusal.length() + "\r\n\r\n" + refusal);

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the bootstrap exits").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(temporary.resolve("output.log"))).contains("410");
    }

    /** Starts the family's bootstrap with an echo handler, as Barista would, against a new scripted API. */
    private void start(RuntimeFamily family) throws IOException {
        Runtime runtime = interpreters.installedRuntimes().stream().filter(installed -> installed.family() == family)
                .findFirst().orElse(null);
        assumeThat(runtime).as("an installed " + family).isNotNull();
        Files.writeString(code.resolve("echo.py"), """
                def handler(event, context):
                    if event.get("fail"):
                        raise ValueError("failed on purpose")
                    return {"event": event, "requestId": context.aws_request_id,
                            "hasTime": context.get_remaining_time_in_millis() > 0}
                """);
        Files.writeString(code.resolve("echo.js"), """
                exports.handler = async (event, context) => {
                  if (event.fail) {
                    throw new Error('failed on purpose');
                  }
                  return { event, requestId: context.awsRequestId, hasTime: context.getRemainingTimeInMillis() > 0 };
                };
                """);
        EnvironmentSpec spec = TestFunctions.spec(TestFunctions.function("wire-test", runtime, "echo.handler", 128),
                code, new CollectingLogSink());
        RuntimeCommand command = family == RuntimeFamily.PYTHON
                ? new PythonCommand(interpreters, files) : new NodeCommand(interpreters, files);
        CommandLine commandLine = ((Entrypoint.Startable) command.entrypoint(spec, temporary)).commandLine();
        api = new ScriptedRuntimeApi();
        ProcessBuilder builder = new ProcessBuilder(commandLine.command()).directory(code.toFile())
                .redirectErrorStream(true).redirectOutput(temporary.resolve("output.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(EnvironmentVariables.of(spec, commandLine, Path.of(commandLine.command().get(0)),
                api.address(), files.runtimeDirectory(), temporary));
        process = builder.start();
    }

    /** A /next answer by Content-Length, header names as the JDK server writes them. */
    private static String event(String requestId, String body) {
        return "HTTP/1.1 200 OK\r\nContent-type: application/json\r\nLambda-runtime-aws-request-id: " + requestId
                + "\r\nLambda-runtime-deadline-ms: " + deadline() + "\r\nLambda-runtime-invoked-function-arn: " + ARN
                + "\r\nContent-length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static String chunk(String text, String extension) {
        return Integer.toHexString(text.getBytes(StandardCharsets.UTF_8).length) + extension + "\r\n" + text + "\r\n";
    }

    private static long deadline() {
        return System.currentTimeMillis() + 60_000;
    }
}
