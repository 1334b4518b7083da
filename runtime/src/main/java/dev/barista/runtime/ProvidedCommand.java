package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.runtime.api.RuntimeErrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** OS-only runtimes ({@code provided*}): the package's own executable {@code bootstrap}, as on Lambda. */
final class ProvidedCommand implements RuntimeCommand {

    @Override
    public Entrypoint entrypoint(EnvironmentSpec spec, Path temporaryDirectory) {
        Path bootstrap = spec.codeDirectory().resolve("bootstrap");
        if (!Files.isRegularFile(bootstrap)) {
            return new Entrypoint.Invalid(RuntimeErrors.initFailure(RuntimeErrors.INVALID_ENTRYPOINT,
                    "Couldn't find valid bootstrap(s): [" + bootstrap + "]"));
        }
        if (!Files.isExecutable(bootstrap)) {
            return new Entrypoint.Invalid(RuntimeErrors.initFailure(RuntimeErrors.INVALID_ENTRYPOINT,
                    "fork/exec " + bootstrap + ": permission denied"));
        }
        return new Entrypoint.Startable(new CommandLine(List.of(bootstrap.toString()), Map.of()));
    }
}
