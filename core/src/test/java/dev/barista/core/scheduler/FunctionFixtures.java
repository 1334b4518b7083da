package dev.barista.core.scheduler;

import dev.barista.core.environment.EnvironmentSpec;
import dev.barista.core.function.Architecture;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionState;
import dev.barista.core.function.LastUpdateStatus;
import dev.barista.core.function.Runtime;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/** Function configurations and environment specs for scheduler tests. */
final class FunctionFixtures {
    private FunctionFixtures() {
    }

    /** {@code $LATEST} at revision {@code r1}, 128 MB. */
    static FunctionConfiguration function(String name) {
        return function(name, FunctionConfiguration.LATEST, "r1", 128);
    }

    static FunctionConfiguration function(String name, int memoryMegabytes) {
        return function(name, FunctionConfiguration.LATEST, "r1", memoryMegabytes);
    }

    static FunctionConfiguration function(String name, String version, String revisionId, int memoryMegabytes) {
        return new FunctionConfiguration(name, version, Runtime.PYTHON312, "arn:aws:iam::123456789012:role/test",
                "handler.main", "", 3, memoryMegabytes, 512, Map.of(), Architecture.X86_64,
                new CodeArtifact("c2hh", 10, 20), Instant.parse("2026-01-01T00:00:00Z"), revisionId,
                FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL);
    }

    static Function<String, EnvironmentSpec> specFor(FunctionConfiguration function) {
        return environmentId -> new EnvironmentSpec(environmentId, function, Path.of("/code"), Map.of(), line -> { });
    }
}
