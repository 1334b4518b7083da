package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.function.Runtime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {
    private static final Path CODE = Path.of("/data/code/f");
    private static final Path RUNTIME = Path.of("/data/runtime/runtime");
    private static final Path TEMPORARY = Path.of("/data/runtime/environments/e/tmp");

    private static Map<String, String> variables(Map<String, String> functionVariables, CommandLine commandLine) {
        EnvironmentSpec spec = new EnvironmentSpec("e", TestFunctions.function("f", Runtime.PYTHON311,
                "app.handler", 128), CODE, functionVariables, line -> { });
        return EnvironmentVariables.of(spec, commandLine, Path.of("/opt/python/bin/python3.11"), "127.0.0.1:9001",
                RUNTIME, TEMPORARY);
    }

    @Test
    void setsWhatOnlyTheLauncherKnows() {
        assertThat(variables(Map.of(), new CommandLine(List.of("python"), Map.of())))
                .containsEntry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001").containsEntry("_HANDLER", "app.handler")
                .containsEntry("LAMBDA_TASK_ROOT", CODE.toString()).containsEntry("LAMBDA_RUNTIME_DIR", RUNTIME.toString())
                .containsEntry("TMPDIR", TEMPORARY.toString()).containsEntry("TZ", ":UTC")
                .containsEntry("LANG", "en_US.UTF-8").containsEntry("PATH", "/opt/python/bin:/usr/local/bin:/usr/bin:/bin")
                .containsEntry("LD_LIBRARY_PATH", CODE + ":" + CODE.resolve("lib"))
                .doesNotContainKey("HOME");
    }

    @Test
    void theFunctionOverridesTheDefaultsButNotTheLaunchersOwnValues() {
        Map<String, String> variables = variables(Map.of("TZ", ":Europe/Paris", "PATH", "/custom",
                "AWS_LAMBDA_RUNTIME_API", "evil:1", "TMPDIR", "/elsewhere"), new CommandLine(List.of("x"), Map.of()));

        assertThat(variables).containsEntry("TZ", ":Europe/Paris").containsEntry("PATH", "/custom")
                .containsEntry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001").containsEntry("TMPDIR", TEMPORARY.toString());
    }

    @Test
    void theRuntimesOwnSettingsComeLast() {
        Map<String, String> variables = variables(Map.of("PYTHONUNBUFFERED", "0"),
                new CommandLine(List.of("python"), Map.of("PYTHONUNBUFFERED", "1")));

        assertThat(variables).containsEntry("PYTHONUNBUFFERED", "1");
    }
}
