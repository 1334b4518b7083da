package dev.barista.core.environment;

import dev.barista.core.function.Runtime;
import java.util.Set;

/**
 * Starts execution environments (SPI). The process launcher starts one OS process per environment with its own
 * Runtime API listener; other launchers (sandboxes, containers) may follow. Thread-safe: launches of different
 * environments run in parallel.
 */
public interface EnvironmentLauncher {

    /** The runtimes this host can run; CreateFunction refuses any other. */
    Set<Runtime> installedRuntimes();

    /**
     * Starts an environment and returns at once; the runtime's initialisation is observed through
     * {@link EnvironmentProcess#awaitInit}.
     */
    EnvironmentProcess launch(EnvironmentSpec spec);
}
