package dev.barista.core.function;

import java.util.List;
import java.util.Map;

/** UpdateFunctionConfiguration: every null field stays as it is. */
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
        String revisionId) {
}
