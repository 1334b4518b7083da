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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A private /tmp and a read-only code directory, in a mount namespace per environment. */
class FilesystemIsolationTest {
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

    private InvocationOutcome writeFile(ProcessLauncher launcher, Path path) {
        Runtime python = launcher.installedRuntimes().stream()
                .filter(runtime -> runtime.identifier().startsWith("python")).findFirst().orElse(null);
        assumeThat(python).as("an installed Python").isNotNull();
        CodeDirectories.fromResources("python", code);
        environment = launcher.launch(spec(function("isolation", python, "handlers.write_file", 128), code, log));
        assertThat(environment.awaitInit(Duration.ofSeconds(10))).isInstanceOf(InitOutcome.Ready.class);
        InvocationPayload payload = event("{\"path\":\"" + path + "\"}");
        return environment.invoke(payload, payload.deadline());
    }

    private static ProcessLauncher isolatingLauncher() {
        ProcessLauncher launcher = TestLaunchers.shared();
        assumeThat(launcher.filesystemIsolation()).isEqualTo(FilesystemIsolation.MOUNT_NAMESPACE);
        return launcher;
    }

    @Test
    void theCodeDirectoryIsReadOnlyEvenForRoot() {
        InvocationOutcome outcome = writeFile(isolatingLauncher(), code.resolve("planted.txt"));

        assertThat(outcome).isInstanceOfSatisfying(InvocationOutcome.FunctionError.class, error -> {
            assertThat(error.errorType()).isEqualTo("OSError");
            assertThat(error.payload()).asString().contains("Read-only file system");
        });
        assertThat(code.resolve("planted.txt")).doesNotExist();
    }

    @Test
    void slashTmpIsTheEnvironmentsOwnDirectory() throws IOException {
        Path written = Path.of("/tmp", "barista-isolation-" + UUID.randomUUID());
        try {
            InvocationOutcome outcome = writeFile(isolatingLauncher(), written);

            assertThat(outcome).isInstanceOf(InvocationOutcome.Success.class);
            assertThat(written).as("the host's /tmp").doesNotExist();
        } finally {
            Files.deleteIfExists(written);
        }
    }

    @Test
    void withoutIsolationTheCodeDirectoryIsWritable() {
        try (ProcessLauncher launcher = TestLaunchers.create(config -> config.withJavaAotCache(false)
                .withFilesystemIsolation(FilesystemIsolation.NONE))) {
            assertThat(launcher.filesystemIsolation()).isEqualTo(FilesystemIsolation.NONE);

            assertThat(writeFile(launcher, code.resolve("planted.txt"))).isInstanceOf(InvocationOutcome.Success.class);
            environment.destroy();
        }
    }
}
