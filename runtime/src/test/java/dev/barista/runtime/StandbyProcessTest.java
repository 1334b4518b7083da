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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environments that start as a standby process, made ahead of demand: they are what a process started for them
 * would be (variables, memory limit, private {@code /tmp}, read-only code), and no standby process outlives its
 * launcher.
 */
class StandbyProcessTest {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path code;

    private ProcessLauncher launcher;
    private EnvironmentProcess environment;

    @AfterEach
    void close() {
        if (environment != null) {
            environment.destroy();
        }
        if (launcher != null) {
            launcher.close();
        }
    }

    /** A launcher that keeps one standby process, once it is ready; returns its pid. */
    private long launcherWithAReadyStandby() throws InterruptedException {
        launcher = TestLaunchers.create(config -> config.withJavaAotCache(false).withStandbyProcesses(1));
        assertThat(launcher.standbyProcesses().orElseThrow().awaitReady(READY_TIMEOUT)).isTrue();
        List<Long> standbys = launcher.standbyProcesses().orElseThrow().readyProcessIds();
        assertThat(standbys).hasSize(1);
        assertThat(ProcessHandle.of(standbys.getFirst()).flatMap(process -> process.info().commandLine()))
                .hasValueSatisfying(line -> assertThat(line).contains(StandbyProcess.READY));
        return standbys.getFirst();
    }

    @Test
    void aLaunchBecomesTheReadyStandbyProcessWithTheFunctionsWholeEnvironment() throws Exception {
        long standby = launcherWithAReadyStandby();
        CodeDirectories.fromResources("provided", code);

        environment = launcher.launch(spec(function("standby", Runtime.PROVIDED, "unused", 128), code,
                new CollectingLogSink(), Map.of("GREETING", "it's \"quoted\"\nover two lines", "TZ", ":Europe/Paris")));

        assertThat(environment.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);
        assertThat(environ(standby)).as("the standby process became the runtime")
                .contains("AWS_LAMBDA_FUNCTION_NAME=standby");
        InvocationPayload payload = event("{\"action\":\"environment\"}");
        InvocationOutcome outcome = environment.invoke(payload, payload.deadline());
        assertThat(outcome).isInstanceOf(InvocationOutcome.Success.class);
        assertThat(environ(standby)).contains("GREETING=it's \"quoted\"\nover two lines\0", "TZ=:Europe/Paris\0",
                "LAMBDA_TASK_ROOT=" + code + "\0", "_HANDLER=unused\0").doesNotContain("HOME=");
        assertThat(Files.readString(Path.of("/proc/" + standby + "/cmdline"))).contains("bootstrap");
        assertThat(Files.readSymbolicLink(Path.of("/proc/" + standby + "/fd/0"))).isEqualTo(Path.of("/dev/null"));
    }

    @Test
    void aStandbyProcessIsHeldToItsFunctionsMemorySize() throws Exception {
        launcherWithAReadyStandby();
        assumeThat(launcher.memoryEnforcement()).isEqualTo(MemoryEnforcement.CGROUP);
        Runtime python = python();
        CodeDirectories.fromResources("python", code);
        environment = launcher.launch(spec(function("standby-memory", python, "handlers.allocate", 256), code,
                new CollectingLogSink()));
        assertThat(environment.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);

        InvocationPayload within = event("{\"megabytes\":180}");
        assertThat(environment.invoke(within, within.deadline())).as("more than the standby's provisional limit")
                .isInstanceOf(InvocationOutcome.Success.class);
        assertThat(environment.peakMemoryBytes()).isGreaterThan(180L << 20).isLessThan(256L << 20);
        InvocationPayload beyond = event("{\"megabytes\":300,\"hold_seconds\":15}");
        assertThat(environment.invoke(beyond, beyond.deadline()))
                .isEqualTo(new InvocationOutcome.Exited("signal: killed"));
    }

    @Test
    void aStandbyProcessHasAPrivateSlashTmpAndAReadOnlyCodeDirectory() throws Exception {
        launcherWithAReadyStandby();
        assumeThat(launcher.filesystemIsolation()).isEqualTo(FilesystemIsolation.MOUNT_NAMESPACE);
        CodeDirectories.fromResources("python", code);
        environment = launcher.launch(spec(function("standby-files", python(), "handlers.write_file", 128), code,
                new CollectingLogSink()));
        assertThat(environment.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);
        Path written = Path.of("/tmp", "barista-standby-" + UUID.randomUUID());
        try {
            InvocationPayload inTmp = event("{\"path\":\"" + written + "\"}");
            assertThat(environment.invoke(inTmp, inTmp.deadline())).isInstanceOf(InvocationOutcome.Success.class);
            assertThat(written).as("the host's /tmp").doesNotExist();

            InvocationPayload inCode = event("{\"path\":\"" + code.resolve("planted.txt") + "\"}");
            assertThat(environment.invoke(inCode, inCode.deadline())).isInstanceOfSatisfying(
                    InvocationOutcome.FunctionError.class, error -> assertThat(error.payload()).asString()
                            .contains("Read-only file system"));
            assertThat(code.resolve("planted.txt")).doesNotExist();
        } finally {
            Files.deleteIfExists(written);
        }
    }

    @Test
    void aStandbyProcessMountsTheWholeCodeRootReadOnlyAheadOfItsFunction() throws Exception {
        Path root = Files.createDirectories(code.resolve("store"));
        Path own = CodeDirectories.fromResources("python", root.resolve("own"));
        Path other = Files.createDirectories(root.resolve("other"));
        launcher = TestLaunchers.create(config -> config.withJavaAotCache(false).withStandbyProcesses(1)
                .withCodeRoot(root));
        assumeThat(launcher.filesystemIsolation()).isEqualTo(FilesystemIsolation.MOUNT_NAMESPACE);
        assertThat(launcher.standbyProcesses().orElseThrow().awaitReady(READY_TIMEOUT)).isTrue();
        long standby = launcher.standbyProcesses().orElseThrow().readyProcessIds().getFirst();
        assertThat(ProcessHandle.of(standby).flatMap(process -> process.info().commandLine()).orElseThrow())
                .contains("--bind -o ro ");

        environment = launcher.launch(spec(function("standby-root", python(), "handlers.write_file", 128), own,
                new CollectingLogSink()));
        assertThat(environment.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);

        for (Path directory : List.of(own, other)) {
            InvocationPayload payload = event("{\"path\":\"" + directory.resolve("planted.txt") + "\"}");
            assertThat(environment.invoke(payload, payload.deadline())).as("%s", directory).isInstanceOfSatisfying(
                    InvocationOutcome.FunctionError.class, error -> assertThat(error.payload()).asString()
                            .contains("Read-only file system"));
            assertThat(directory.resolve("planted.txt")).doesNotExist();
        }
    }

    @Test
    void aVariableNoShellCanExportLeavesTheStandbyProcessWaiting() throws Exception {
        long standby = launcherWithAReadyStandby();
        CodeDirectories.fromResources("provided", code);

        environment = launcher.launch(spec(function("odd-name", Runtime.PROVIDED, "unused", 128), code,
                new CollectingLogSink(), Map.of("not-a-shell-name", "value")));

        assertThat(environment.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);
        assertThat(environ(standby)).doesNotContain("AWS_LAMBDA_FUNCTION_NAME=");
        assertThat(launcher.standbyProcesses().orElseThrow().readyProcessIds()).containsExactly(standby);
    }

    @Test
    void aStandbyProcessExitsWhenItsInputEndsAsWhenTheServerDies() throws Exception {
        try (MemoryLimits memoryLimits = new MemoryLimits(MemoryEnforcement.AUTO, Duration.ofMillis(100))) {
            Path directory = Files.createTempDirectory(Path.of("target"), "standby-").toAbsolutePath();
            StandbyProcess standby = StandbyProcess.prepare(directory, memoryLimits, Optional.empty(), List.of(),
                    Optional.empty()).orElseThrow();
            try {
                assertThat(standby.process().isAlive()).isTrue();

                standby.process().getOutputStream().close();

                assertThat(standby.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
            } finally {
                standby.discard();
            }
            assertThat(directory).doesNotExist();
        }
    }

    private Runtime python() {
        Runtime python = launcher.installedRuntimes().stream()
                .filter(runtime -> runtime.identifier().startsWith("python")).findFirst().orElse(null);
        assumeThat(python).as("an installed Python").isNotNull();
        return python;
    }

    private static String environ(long pid) throws IOException {
        return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")), StandardCharsets.UTF_8);
    }
}
