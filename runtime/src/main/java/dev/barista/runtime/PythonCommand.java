package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Python runtimes: Barista's bootstrap (a stdlib-only Runtime API client) on the interpreter of the function's
 * exact minor version, unbuffered so that every line reaches the log at once. Byte code is cached per launcher
 * rather than written into the code directory, which Lambda keeps read-only.
 */
final class PythonCommand implements RuntimeCommand {
    private final Interpreters interpreters;
    private final RuntimeFiles files;

    PythonCommand(Interpreters interpreters, RuntimeFiles files) {
        this.interpreters = interpreters;
        this.files = files;
    }

    @Override
    public Entrypoint entrypoint(EnvironmentSpec spec, Path temporaryDirectory) {
        return interpreters.python(spec.function().runtime())
                .<Entrypoint>map(python -> new Entrypoint.Startable(new CommandLine(
                        List.of(python.toString(), "-u", files.pythonBootstrap().toString()),
                        Map.of("PYTHONUNBUFFERED", "1",
                                "PYTHONPYCACHEPREFIX", files.pythonBytecodeCache().toString()))))
                .orElseGet(() -> NotInstalled.entrypoint(spec));
    }
}
