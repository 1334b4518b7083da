package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.eventinvoke.EventInvokeConfigCommand;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html">
 * PutFunctionEventInvokeConfig</a> and UpdateFunctionEventInvokeConfig.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record EventInvokeConfigInput(Integer maximumRetryAttempts, Integer maximumEventAgeInSeconds,
                                     DestinationConfig destinationConfig) {

    /**
     * @param functionName the function named in the path
     * @param qualifier the {@code Qualifier} query parameter, or null
     */
    public EventInvokeConfigCommand toCommand(String functionName, String qualifier) {
        return new EventInvokeConfigCommand(functionName, qualifier, maximumRetryAttempts, maximumEventAgeInSeconds,
                destinationConfig == null ? null : destinationConfig.toCommand());
    }
}
