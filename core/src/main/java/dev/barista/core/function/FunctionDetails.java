package dev.barista.core.function;

import java.util.Map;

/**
 * What GetFunction returns: the configuration, the tags (for unqualified requests) and the reserved concurrency.
 *
 * @param reservedConcurrency null when the function has no reservation
 */
public record FunctionDetails(FunctionConfiguration configuration, Map<String, String> tags,
                              Integer reservedConcurrency) {
}
