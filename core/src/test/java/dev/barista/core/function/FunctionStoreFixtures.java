package dev.barista.core.function;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Configurations and aliases for the {@link FunctionStoreContract}, each with a fresh revision id. */
final class FunctionStoreFixtures {
    static final Instant MODIFIED = Instant.parse("2026-11-22T10:15:30.123Z");
    static final long CODE_SIZE_BYTES = 1_000;

    private FunctionStoreFixtures() {
    }

    static FunctionConfiguration latest(String functionName) {
        return latest(functionName, "first", CODE_SIZE_BYTES);
    }

    static FunctionConfiguration latest(String functionName, String description, long codeSizeBytes) {
        return new FunctionConfiguration(functionName, FunctionConfiguration.LATEST, Runtime.PYTHON312,
                "arn:aws:iam::000000000000:role/lambda-role", "app.handler", description, 3, 128, 512,
                Map.of("STAGE", "test"), Architecture.X86_64,
                new CodeArtifact("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=", codeSizeBytes, codeSizeBytes * 3),
                MODIFIED, revision(), FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL);
    }

    /** The same configuration with another description and a new revision id, as an update makes it. */
    static FunctionConfiguration updated(FunctionConfiguration configuration, String description) {
        return new FunctionConfiguration(configuration.functionName(), configuration.version(),
                configuration.runtime(), configuration.role(), configuration.handler(), description,
                configuration.timeoutSeconds(), configuration.memorySizeMegabytes(),
                configuration.ephemeralStorageMegabytes(), configuration.environment(), configuration.architecture(),
                configuration.code(), configuration.lastModified().plusSeconds(1), revision(),
                configuration.state(), configuration.lastUpdateStatus());
    }

    /** The same configuration with other settings and a new revision id. */
    static FunctionConfiguration withSettings(FunctionConfiguration configuration, FunctionSettings settings) {
        return new FunctionConfiguration(configuration.functionName(), configuration.version(),
                configuration.runtime(), configuration.role(), configuration.handler(), configuration.description(),
                configuration.timeoutSeconds(), configuration.memorySizeMegabytes(),
                configuration.ephemeralStorageMegabytes(), configuration.environment(), configuration.architecture(),
                configuration.code(), configuration.lastModified(), revision(), configuration.state(),
                configuration.lastUpdateStatus(), configuration.deadLetterTargetArn(), settings);
    }

    static FunctionConfiguration published(FunctionConfiguration latest, long number) {
        return latest.withVersion(Long.toString(number), revision(), latest.lastModified());
    }

    static Alias alias(String functionName, String aliasName, String functionVersion) {
        return new Alias(functionName, aliasName, functionVersion, "", Map.of(), revision());
    }

    static String revision() {
        return UUID.randomUUID().toString();
    }
}
