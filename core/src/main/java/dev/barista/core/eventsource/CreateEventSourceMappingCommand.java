package dev.barista.core.eventsource;

import java.util.List;

/**
 * CreateEventSourceMapping as the caller sent it; null means "not given" (defaults apply).
 * {@link EventSourceMappingService} validates.
 *
 * @param filterPatterns the patterns of {@code FilterCriteria.Filters}, or null without filter criteria
 * @param maximumConcurrency {@code ScalingConfig.MaximumConcurrency}, or null
 * @param streamParameters the names of parameters given that only stream sources take ({@code StartingPosition},
 *     {@code ParallelizationFactor}, ...), so that the service refuses them instead of ignoring them
 */
public record CreateEventSourceMappingCommand(String functionName, String eventSourceArn, Boolean enabled,
                                              Integer batchSize, Integer maximumBatchingWindowSeconds,
                                              List<String> filterPatterns, Integer maximumConcurrency,
                                              List<String> functionResponseTypes, List<String> streamParameters) {
    public CreateEventSourceMappingCommand {
        streamParameters = streamParameters == null ? List.of() : List.copyOf(streamParameters);
    }
}
