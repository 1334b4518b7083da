package dev.barista.core.eventsource;

import java.util.List;

/**
 * CreateEventSourceMapping as the caller sent it; null means "not given" (defaults apply).
 * {@link EventSourceMappingService} validates.
 *
 * @param filterPatterns the patterns of {@code FilterCriteria.Filters}, or null without filter criteria
 * @param maximumConcurrency {@code ScalingConfig.MaximumConcurrency}, or null
 * @param unsupportedParameters the names of the parameters given that an SQS mapping in Barista does not take:
 *     those of stream sources ({@code StartingPosition}, {@code ParallelizationFactor}, ...) and those Barista
 *     does not implement yet ({@code Tags}, {@code MetricsConfig}, ...), so that the service refuses them instead
 *     of ignoring them
 */
public record CreateEventSourceMappingCommand(String functionName, String eventSourceArn, Boolean enabled,
                                              Integer batchSize, Integer maximumBatchingWindowSeconds,
                                              List<String> filterPatterns, Integer maximumConcurrency,
                                              List<String> functionResponseTypes, List<String> unsupportedParameters) {
    public CreateEventSourceMappingCommand {
        unsupportedParameters = unsupportedParameters == null ? List.of() : List.copyOf(unsupportedParameters);
    }
}
