package dev.barista.core.function;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a function: {@code $LATEST} (mutable through updates) or a published, immutable number.
 * A new {@code revisionId} is drawn at every change; warm environments are keyed by it.
 *
 * @param deadLetterTargetArn the SQS queue that failed asynchronous events of this version go to, or null
 * @param settings tracing, logging, KMS key, VPC, file systems and SnapStart of this version
 */
public record FunctionConfiguration(
        String functionName,
        String version,
        Runtime runtime,
        String role,
        String handler,
        String description,
        int timeoutSeconds,
        int memorySizeMegabytes,
        int ephemeralStorageMegabytes,
        Map<String, String> environment,
        Architecture architecture,
        CodeArtifact code,
        Instant lastModified,
        String revisionId,
        FunctionState state,
        LastUpdateStatus lastUpdateStatus,
        String deadLetterTargetArn,
        FunctionSettings settings) {

    public static final String LATEST = "$LATEST";

    public FunctionConfiguration {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(handler, "handler");
        description = description == null ? "" : description;
        environment = Map.copyOf(environment == null ? Map.of() : environment);
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastUpdateStatus, "lastUpdateStatus");
        deadLetterTargetArn = deadLetterTargetArn == null || deadLetterTargetArn.isEmpty() ? null
                : deadLetterTargetArn;
        settings = settings == null ? FunctionSettings.DEFAULT : settings;
    }

    /** A configuration without a dead-letter queue. */
    public FunctionConfiguration(String functionName, String version, Runtime runtime, String role, String handler,
                                 String description, int timeoutSeconds, int memorySizeMegabytes,
                                 int ephemeralStorageMegabytes, Map<String, String> environment,
                                 Architecture architecture, CodeArtifact code, Instant lastModified,
                                 String revisionId, FunctionState state, LastUpdateStatus lastUpdateStatus) {
        this(functionName, version, runtime, role, handler, description, timeoutSeconds, memorySizeMegabytes,
                ephemeralStorageMegabytes, environment, architecture, code, lastModified, revisionId, state,
                lastUpdateStatus, null, FunctionSettings.DEFAULT);
    }

    public boolean isLatest() {
        return LATEST.equals(version);
    }

    /** The CloudWatch Logs group of this function's output: its {@code LoggingConfig.LogGroup} or the default. */
    public String logGroup() {
        return settings.logging().logGroup(functionName);
    }

    public List<Architecture> architectures() {
        return List.of(architecture);
    }

    public FunctionConfiguration withVersion(String newVersion, String newRevisionId, Instant modified) {
        return new FunctionConfiguration(functionName, newVersion, runtime, role, handler, description, timeoutSeconds,
                memorySizeMegabytes, ephemeralStorageMegabytes, environment, architecture, code, modified,
                newRevisionId, state, lastUpdateStatus, deadLetterTargetArn, settings);
    }
}
