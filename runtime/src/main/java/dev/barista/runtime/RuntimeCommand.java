package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentSpec;
import java.nio.file.Path;

/** Builds the command line of one runtime family. Implementations are stateless or thread-safe. */
interface RuntimeCommand {

    /**
     * @param temporaryDirectory the environment's private {@code /tmp}, already created
     */
    Entrypoint entrypoint(EnvironmentSpec spec, Path temporaryDirectory);
}
