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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the launcher leaves no function process behind. */
class LauncherShutdownTest {

    @TempDir
    Path code;

    @Test
    void closingTheLauncherDestroysEveryLiveEnvironment() {
        Set<Long> before = ProvidedRuntimeTest.descendantsOfThisJvm();
        CodeDirectories.fromResources("provided", code);
        ProcessLauncher launcher = TestLaunchers.create(config -> config.withJavaAotCache(false));
        EnvironmentProcess first = launcher.launch(spec(function("a", Runtime.PROVIDED, "x", 128), code,
                new CollectingLogSink()));
        EnvironmentProcess second = launcher.launch(spec(function("b", Runtime.PROVIDED, "x", 128), code,
                new CollectingLogSink()));
        assertThat(first.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);
        assertThat(second.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);
        InvocationPayload spawn = event("{\"action\":\"spawn\"}");
        assertThat(second.invoke(spawn, spawn.deadline())).isInstanceOf(InvocationOutcome.Success.class);

        launcher.close();

        assertThat(ProvidedRuntimeTest.descendantsOfThisJvm()).isSubsetOf(before);
    }

    @Test
    void destroyDuringAnInvocationEndsItAsExited() throws Exception {
        CodeDirectories.fromResources("provided", code);
        EnvironmentProcess environment = TestLaunchers.shared().launch(spec(function("c", Runtime.PROVIDED, "x", 128),
                code, new CollectingLogSink()));
        assertThat(environment.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);
        InvocationPayload sleep = event("{\"action\":\"sleep\"}");
        var invocation = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> environment.invoke(sleep, sleep.deadline()));

        environment.destroy();

        assertThat(invocation.get()).isEqualTo(new InvocationOutcome.Exited("signal: killed"));
    }
}
