package dev.barista.runtime;

import static dev.barista.runtime.TestFunctions.event;
import static dev.barista.runtime.TestFunctions.function;
import static dev.barista.runtime.TestFunctions.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.environment.EnvironmentProcess;
import dev.barista.core.environment.InitOutcome;
import dev.barista.core.environment.InvocationOutcome;
import dev.barista.core.environment.InvocationPayload;
import dev.barista.core.function.Runtime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provided runtime, driven by a Runtime API client written in shell with curl. */
class ProvidedRuntimeTest {
    private static final Duration INIT_TIMEOUT = Duration.ofSeconds(10);

    private final ProcessLauncher launcher = TestLaunchers.shared();
    private final CollectingLogSink log = new CollectingLogSink();
    private EnvironmentProcess environment;

    @TempDir
    Path code;

    @AfterEach
    void destroy() {
        if (environment != null) {
            environment.destroy();
        }
    }

    private EnvironmentProcess start(String fixture, Map<String, String> variables) {
        CodeDirectories.fromResources(fixture, code);
        environment = launcher.launch(spec(function("shell", Runtime.PROVIDED_AL2023, "unused", 128), code, log,
                variables));
        return environment;
    }

    private EnvironmentProcess startReady() {
        start("provided", Map.of());
        assertThat(environment.awaitInit(INIT_TIMEOUT)).isInstanceOf(InitOutcome.Ready.class);
        return environment;
    }

    @Test
    void answersTheEventAfterDeliveringTheLinesWrittenBeforeTheAnswer() {
        startReady();
        InvocationPayload payload = event("{\"name\":\"shell\"}");

        InvocationOutcome outcome = environment.invoke(payload, payload.deadline());

        assertThat(outcome).isInstanceOfSatisfying(InvocationOutcome.Success.class, success ->
                assertThat(new String(success.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"shell\"}"));
        assertThat(log.lines()).containsSubsequence("bootstrap started", "handling " + payload.requestId(),
                "answering " + payload.requestId());
    }

    @Test
    void servesEventsOneAfterAnother() {
        startReady();
        for (int index = 0; index < 3; index++) {
            InvocationPayload payload = event("{\"index\":" + index + "}");
            assertThat(environment.invoke(payload, payload.deadline()))
                    .isInstanceOf(InvocationOutcome.Success.class);
        }
    }

    @Test
    void reportsAPostedErrorWithTheErrorTypeHeader() {
        startReady();
        InvocationPayload payload = event("{\"action\":\"fail\"}");

        InvocationOutcome outcome = environment.invoke(payload, payload.deadline());

        assertThat(outcome).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class, error -> {
            assertThat(error.errorType()).isEqualTo("Unhandled");
            assertThat(new String(error.payload(), StandardCharsets.UTF_8)).contains("failed on purpose");
        });
    }

    @Test
    void failsInitWithInvalidEntrypointWithoutBootstrap() throws Exception {
        Files.writeString(code.resolve("README"), "no bootstrap here");
        environment = launcher.launch(spec(function("shell", Runtime.PROVIDED, "unused", 128), code, log));

        InitOutcome outcome = environment.awaitInit(INIT_TIMEOUT);

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed -> {
            assertThat(failed.errorType()).isEqualTo("Runtime.InvalidEntrypoint");
            assertThat(new String(failed.errorPayload(), StandardCharsets.UTF_8))
                    .contains("Couldn't find valid bootstrap(s)");
        });
    }

    @Test
    void failsInitWithInvalidEntrypointWhenBootstrapIsNotExecutable() {
        CodeDirectories.fromResources("provided", code);
        code.resolve("bootstrap").toFile().setExecutable(false);
        environment = launcher.launch(spec(function("shell", Runtime.PROVIDED, "unused", 128), code, log));

        assertThat(environment.awaitInit(INIT_TIMEOUT)).isInstanceOfSatisfying(InitOutcome.Failed.class, failed ->
                assertThat(new String(failed.errorPayload(), StandardCharsets.UTF_8)).contains("permission denied"));
    }

    @Test
    void failsInitWithExitErrorWhenTheRuntimeExitsBeforeAskingForAnEvent() {
        start("provided-early-exit", Map.of());

        InitOutcome outcome = environment.awaitInit(INIT_TIMEOUT);

        assertThat(outcome).isInstanceOfSatisfying(InitOutcome.Failed.class, failed -> {
            assertThat(failed.errorType()).isEqualTo("Runtime.ExitError");
            assertThat(new String(failed.errorPayload(), StandardCharsets.UTF_8))
                    .contains("Runtime exited with error: exit status 1");
        });
    }

    @Test
    void answersExitedWhenTheProcessExitsDuringAnInvocation() {
        startReady();
        InvocationPayload payload = event("{\"action\":\"exit\"}");

        InvocationOutcome outcome = environment.invoke(payload, payload.deadline());

        assertThat(outcome).isEqualTo(new InvocationOutcome.Exited("exit status 7"));
        assertThat(log.lines()).contains("exiting");
    }

    @Test
    void answersTimedOutWhenTheDeadlinePasses() {
        startReady();
        InvocationPayload payload = event("{\"action\":\"sleep\"}", Duration.ofSeconds(1));

        assertThat(environment.invoke(payload, payload.deadline())).isInstanceOf(InvocationOutcome.TimedOut.class);
    }

    @Test
    void buildsACleanEnvironmentWithTheLambdaVariables() {
        start("provided", Map.of("GREETING", "hi", "TZ", ":Europe/Paris"));
        assertThat(environment.awaitInit(INIT_TIMEOUT)).isInstanceOf(InitOutcome.Ready.class);
        InvocationPayload payload = event("{\"action\":\"environment\"}");

        InvocationOutcome outcome = environment.invoke(payload, payload.deadline());

        assertThat(outcome).isInstanceOf(InvocationOutcome.Success.class);
        Map<String, String> variables = parseEnvironment((InvocationOutcome.Success) outcome);
        assertThat(variables).containsEntry("GREETING", "hi").containsEntry("TZ", ":Europe/Paris")
                .containsEntry("LANG", "en_US.UTF-8").containsEntry("_HANDLER", "unused")
                .containsEntry("LAMBDA_TASK_ROOT", code.toString()).containsEntry("AWS_REGION", "us-east-1")
                .containsKeys("AWS_LAMBDA_RUNTIME_API", "LAMBDA_RUNTIME_DIR", "PATH", "LD_LIBRARY_PATH", "TMPDIR")
                .doesNotContainKeys("HOME", "JAVA_HOME", "MAVEN_OPTS");
        assertThat(variables.get("AWS_LAMBDA_RUNTIME_API")).startsWith("127.0.0.1:");
        assertThat(Path.of(variables.get("TMPDIR"))).isDirectory();
    }

    @Test
    void destroyKillsTheWholeProcessTreeAndRemovesTheTemporaryDirectory() {
        Set<Long> before = environmentProcesses();
        startReady();
        InvocationPayload payload = event("{\"action\":\"environment\"}");
        var outcome = (InvocationOutcome.Success) environment.invoke(payload, payload.deadline());
        Path temporary = Path.of(parseEnvironment(outcome).get("TMPDIR"));
        InvocationPayload spawn = event("{\"action\":\"spawn\"}");
        assertThat(environment.invoke(spawn, spawn.deadline())).isInstanceOf(InvocationOutcome.Success.class);
        assertThat(environmentProcesses()).hasSizeGreaterThan(before.size() + 1);

        environment.destroy();

        assertThat(environmentProcesses()).isSubsetOf(before);
        assertThat(temporary).doesNotExist();
    }

    private static Map<String, String> parseEnvironment(InvocationOutcome.Success outcome) {
        String text = new String(outcome.payload(), StandardCharsets.UTF_8);
        return java.util.Arrays.stream(text.substring(1, text.length() - 1).split(";"))
                .filter(entry -> entry.contains("="))
                .collect(Collectors.toMap(entry -> entry.substring(0, entry.indexOf('=')),
                        entry -> entry.substring(entry.indexOf('=') + 1), (first, second) -> first));
    }

    /**
     * The processes of environments: descendants of this JVM started with a function's variables, and whatever they
     * started. The launcher's standby processes, which have no variables yet, are not among them.
     */
    static Set<Long> environmentProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(process -> environ(process.pid()).contains("AWS_LAMBDA_FUNCTION_NAME="))
                .flatMap(process -> java.util.stream.Stream.concat(java.util.stream.Stream.of(process),
                        process.descendants()))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static String environ(long pid) {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/" + pid + "/environ"));
        } catch (java.io.IOException | RuntimeException gone) {
            return "";
        }
    }

    static Set<Long> descendantsOfThisJvm() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
