package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.eventsource.CreateEventSourceMappingCommand;
import java.util.List;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html">
 * CreateEventSourceMapping</a>, as far as SQS mappings take it.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record CreateEventSourceMappingInput(String functionName, String eventSourceArn, Boolean enabled,
                                            Integer batchSize, Integer maximumBatchingWindowInSeconds,
                                            FilterCriteria filterCriteria, ScalingConfig scalingConfig,
                                            List<String> functionResponseTypes) {

    /** @param notTaken the members given that SQS mappings do not take ({@link EventSourceMappingParameters}) */
    public CreateEventSourceMappingCommand toCommand(List<String> notTaken) {
        return new CreateEventSourceMappingCommand(functionName, eventSourceArn, enabled, batchSize,
                maximumBatchingWindowInSeconds, filterCriteria == null ? null : filterCriteria.patterns(),
                scalingConfig == null ? null : scalingConfig.maximumConcurrency(), functionResponseTypes, notTaken);
    }
}
