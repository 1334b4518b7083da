package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.eventsource.UpdateEventSourceMappingCommand;
import java.util.List;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateEventSourceMapping.html">
 * UpdateEventSourceMapping</a>: an absent member keeps the setting; {@code FilterCriteria} without filters, an
 * empty {@code FunctionResponseTypes} and {@code ScalingConfig} without {@code MaximumConcurrency} remove theirs.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record UpdateEventSourceMappingInput(String functionName, Boolean enabled, Integer batchSize,
                                            Integer maximumBatchingWindowInSeconds, FilterCriteria filterCriteria,
                                            ScalingConfig scalingConfig, List<String> functionResponseTypes) {

    /** @param notTaken the members given that SQS mappings do not take ({@link EventSourceMappingParameters}) */
    public UpdateEventSourceMappingCommand toCommand(String uuid, List<String> notTaken) {
        return new UpdateEventSourceMappingCommand(uuid, functionName, enabled, batchSize,
                maximumBatchingWindowInSeconds, filterCriteria == null ? null : filterCriteria.patterns(),
                scalingConfig != null, scalingConfig == null ? null : scalingConfig.maximumConcurrency(),
                functionResponseTypes, notTaken);
    }
}
