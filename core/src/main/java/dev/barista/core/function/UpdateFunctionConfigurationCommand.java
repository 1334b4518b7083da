package dev.barista.core.function;

import java.util.List;
import java.util.Map;

/**
 * UpdateFunctionConfiguration: every null field stays as it is.
 *
 * @param deadLetterTargetArn {@code DeadLetterConfig.TargetArn}: null keeps it, empty removes it
 * @param settings tracing, logging, KMS key, VPC, file systems and SnapStart as sent; null members stay as they are
 */
public record UpdateFunctionConfigurationCommand(
        String functionName,
        String runtime,
        String role,
        String handler,
        String description,
        Integer timeoutSeconds,
        Integer memorySizeMegabytes,
        Integer ephemeralStorageMegabytes,
        Map<String, String> environment,
        List<String> layers,
        String revisionId,
        String deadLetterTargetArn,
        FunctionSettingsChange settings) {

    /** UpdateFunctionConfiguration without a {@code DeadLetterConfig}. */
    public UpdateFunctionConfigurationCommand(String functionName, String runtime, String role, String handler,
                                              String description, Integer timeoutSeconds,
                                              Integer memorySizeMegabytes, Integer ephemeralStorageMegabytes,
                                              Map<String, String> environment, List<String> layers,
                                              String revisionId) {
        this(functionName, runtime, role, handler, description, timeoutSeconds, memorySizeMegabytes,
                ephemeralStorageMegabytes, environment, layers, revisionId, null, null);
    }
}
