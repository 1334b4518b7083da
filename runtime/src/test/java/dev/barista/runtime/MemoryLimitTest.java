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
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A function that allocates beyond its memory size is killed, whichever way the limit is enforced. */
class MemoryLimitTest {
    private static final String ALLOCATE_TOO_MUCH = "{\"megabytes\":300,\"hold_seconds\":15}";

    @TempDir
    Path code;

    @Test
    void aCgroupLimitKillsAFunctionAllocatingBeyondItsMemorySize() {
        ProcessLauncher launcher = TestLaunchers.shared();
        assumeThat(launcher.memoryEnforcement()).isEqualTo(MemoryEnforcement.CGROUP);

        assertThat(invokeAllocation(launcher, ALLOCATE_TOO_MUCH)).isEqualTo(new InvocationOutcome.Exited("signal: killed"));
    }

    @Test
    void theWatchdogKillsAFunctionAllocatingBeyondItsMemorySize() {
        try (ProcessLauncher launcher = TestLaunchers.create(config -> config.withJavaAotCache(false)
                .withMemoryEnforcement(MemoryEnforcement.WATCHDOG).withMemoryWatchdogInterval(Duration.ofMillis(50)))) {
            assertThat(launcher.memoryEnforcement()).isEqualTo(MemoryEnforcement.WATCHDOG);

            assertThat(invokeAllocation(launcher, ALLOCATE_TOO_MUCH))
                    .isEqualTo(new InvocationOutcome.Exited("signal: killed"));
        }
    }

    @Test
    void reportsThePeakMemoryOfAFunctionWithinItsLimit() {
        ProcessLauncher launcher = TestLaunchers.shared();
        EnvironmentProcess environment = start(launcher);
        try {
            InvocationPayload payload = event("{\"megabytes\":40}");

            assertThat(environment.invoke(payload, payload.deadline())).isInstanceOf(InvocationOutcome.Success.class);
            assertThat(environment.peakMemoryBytes()).isGreaterThan(40L * 1024 * 1024).isLessThan(128L * 1024 * 1024);
        } finally {
            environment.destroy();
        }
    }

    private InvocationOutcome invokeAllocation(ProcessLauncher launcher, String event) {
        EnvironmentProcess environment = start(launcher);
        try {
            InvocationPayload payload = event(event);
            return environment.invoke(payload, payload.deadline());
        } finally {
            environment.destroy();
        }
    }

    private EnvironmentProcess start(ProcessLauncher launcher) {
        Runtime python = launcher.installedRuntimes().stream()
                .filter(runtime -> runtime.identifier().startsWith("python")).findFirst().orElse(null);
        assumeThat(python).as("an installed Python").isNotNull();
        CodeDirectories.fromResources("python", code);
        EnvironmentProcess environment = launcher.launch(spec(function("memory-test", python, "handlers.allocate", 128),
                code, new CollectingLogSink()));
        assertThat(environment.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);
        return environment;
    }
}
