package dev.barista.core.function;

import java.util.Map;
import java.util.Objects;

/**
 * A named pointer to a version, optionally splitting traffic with one additional version.
 *
 * @param additionalVersionWeights version to weight (0.0-1.0) of traffic sent to it instead of {@code functionVersion}
 */
public record Alias(
        String functionName,
        String name,
        String functionVersion,
        String description,
        Map<String, Double> additionalVersionWeights,
        String revisionId) {

    public Alias {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(functionVersion, "functionVersion");
        description = description == null ? "" : description;
        additionalVersionWeights = Map.copyOf(additionalVersionWeights == null ? Map.of() : additionalVersionWeights);
        Objects.requireNonNull(revisionId, "revisionId");
    }
}
