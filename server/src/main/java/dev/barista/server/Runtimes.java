package dev.barista.server;

import dev.barista.core.environment.EnvironmentLauncher;
import dev.barista.core.function.FunctionCaches;
import dev.barista.runtime.ProcessLauncher;
import dev.barista.runtime.ProcessLauncherConfig;

/**
 * The launcher of execution environments: one OS process each, working under {@code <data>/environments}, with the
 * code store's directories ({@code <data>/code}) read-only.
 */
record Runtimes(ProcessLauncher processLauncher) implements AutoCloseable {

    static Runtimes start(ServerConfig config) {
        return new Runtimes(new ProcessLauncher(ProcessLauncherConfig.defaults(
                config.dataDirectory().toAbsolutePath().resolve("environments"))
                .withCodeRoot(config.dataDirectory().toAbsolutePath().resolve("code"))));
    }

    EnvironmentLauncher launcher() {
        return processLauncher;
    }

    /** What the launcher keeps per function revision (Java AOT caches), for the code collector. */
    FunctionCaches caches() {
        return processLauncher;
    }

    @Override
    public void close() {
        processLauncher.close();
    }
}
