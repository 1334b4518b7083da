package dev.barista.core.function;

import java.util.Map;

/**
 * CreateAlias or UpdateAlias. For an update, null fields stay as they are; an empty weights map removes the
 * routing configuration.
 */
public record AliasCommand(
        String functionName,
        String aliasName,
        String functionVersion,
        String description,
        Map<String, Double> additionalVersionWeights,
        String revisionId) {
}
