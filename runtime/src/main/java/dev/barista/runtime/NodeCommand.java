package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Node.js runtimes: Barista's bootstrap on a {@code node} of the function's major version. The old-space limit
 * follows the memory size, as on Lambda, so that V8 collects garbage before the memory limit kills it.
 */
final class NodeCommand implements RuntimeCommand {
    private final Interpreters interpreters;
    private final RuntimeFiles files;

    NodeCommand(Interpreters interpreters, RuntimeFiles files) {
        this.interpreters = interpreters;
        this.files = files;
    }

    @Override
    public Entrypoint entrypoint(EnvironmentSpec spec, Path temporaryDirectory) {
        int oldSpaceMegabytes = Math.max(16, spec.function().memorySizeMegabytes() * 85 / 100);
        return interpreters.node(spec.function().runtime())
                .<Entrypoint>map(node -> new Entrypoint.Startable(new CommandLine(
                        List.of(node.toString(), "--max-old-space-size=" + oldSpaceMegabytes,
                                files.nodeBootstrap().toString()),
                        Map.of())))
                .orElseGet(() -> NotInstalled.entrypoint(spec));
    }
}
