package dev.barista.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * One launcher for the whole test run (interpreter discovery is the slow part of starting one), plus fresh ones
 * for tests that need other settings. Work directories live under the build directory.
 */
final class TestLaunchers {
    private static ProcessLauncher shared;

    private TestLaunchers() {
    }

    /** The shared launcher: default settings without AOT caches, so that Java tests start alike. */
    static synchronized ProcessLauncher shared() {
        if (shared == null) {
            shared = create(config -> config.withJavaAotCache(false));
        }
        return shared;
    }

    /** A launcher of its own, which the caller closes. */
    static ProcessLauncher create(UnaryOperator<ProcessLauncherConfig> settings) {
        try {
            Path work = Files.createTempDirectory(Path.of("target"), "launcher-");
            return new ProcessLauncher(settings.apply(ProcessLauncherConfig.defaults(work.toAbsolutePath())));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
