package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.UpdateFunctionConfigurationCommand;
import java.util.List;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html">
 * UpdateFunctionConfiguration</a>; absent members stay as they are, and an empty {@code DeadLetterConfig} removes the
 * dead-letter queue. Members Barista does not model are ignored, as for CreateFunction.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record UpdateFunctionConfigurationInput(String role, String handler, String description, Integer timeout,
                                               Integer memorySize, Environment environment, String runtime,
                                               String revisionId, List<String> layers,
                                               EphemeralStorage ephemeralStorage,
                                               DeadLetterConfig deadLetterConfig) {

    /** @param functionName the function named in the path */
    public UpdateFunctionConfigurationCommand toCommand(String functionName) {
        return new UpdateFunctionConfigurationCommand(functionName, runtime, role, handler, description, timeout,
                memorySize, ephemeralStorage == null ? null : ephemeralStorage.size(),
                environment == null ? null : environment.variablesOrNone(), layers, revisionId,
                DeadLetterConfig.updateOf(deadLetterConfig));
    }
}
