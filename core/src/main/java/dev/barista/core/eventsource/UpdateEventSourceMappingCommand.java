package dev.barista.core.eventsource;

import java.util.List;

/**
 * UpdateEventSourceMapping as the caller sent it; null means "unchanged".
 *
 * @param filterPatterns the new patterns (empty removes the filter criteria), or null to keep them
 * @param scalingConfigGiven whether {@code ScalingConfig} was sent; sent without {@code MaximumConcurrency} it
 *     removes the limit
 * @param functionResponseTypes the new response types (empty removes them), or null to keep them
 * @param unsupportedParameters the names of the parameters given that an SQS mapping in Barista does not take
 */
public record UpdateEventSourceMappingCommand(String uuid, String functionName, Boolean enabled, Integer batchSize,
                                              Integer maximumBatchingWindowSeconds, List<String> filterPatterns,
                                              boolean scalingConfigGiven, Integer maximumConcurrency,
                                              List<String> functionResponseTypes, List<String> unsupportedParameters) {
    public UpdateEventSourceMappingCommand {
        unsupportedParameters = unsupportedParameters == null ? List.of() : List.copyOf(unsupportedParameters);
    }
}
