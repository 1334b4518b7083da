package dev.barista.core.scheduler;

import dev.barista.core.function.FunctionConfiguration;
import java.util.Objects;

/**
 * What a warm environment can be reused for: one version of a function at one revision. Keying by revision, not
 * only by version, guarantees that after UpdateFunctionCode or UpdateFunctionConfiguration no invocation reaches
 * an environment started with the old code or settings.
 */
record EnvironmentKey(String functionName, String version, String revisionId) {

    EnvironmentKey {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(revisionId, "revisionId");
    }

    static EnvironmentKey of(FunctionConfiguration function) {
        return new EnvironmentKey(function.functionName(), function.version(), function.revisionId());
    }
}
