package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.FunctionSettingsChange;
import dev.barista.core.function.UpdateFunctionConfigurationCommand;
import java.util.List;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionConfiguration.html">
 * UpdateFunctionConfiguration</a>; absent members stay as they are, and an empty {@code DeadLetterConfig} removes the
 * dead-letter queue. TracingConfig, LoggingConfig (member by member), KMSKeyArn (empty removes it), VpcConfig (empty
 * lists disconnect), FileSystemConfigs (empty removes them) and SnapStart change what they name. Members Barista
 * does not model are ignored, as for CreateFunction.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record UpdateFunctionConfigurationInput(String role, String handler, String description, Integer timeout,
                                               Integer memorySize, Environment environment, String runtime,
                                               String revisionId, List<String> layers,
                                               EphemeralStorage ephemeralStorage,
                                               DeadLetterConfig deadLetterConfig, TracingConfig tracingConfig,
                                               LoggingConfig loggingConfig,
                                               @JsonProperty("KMSKeyArn") String kmsKeyArn, VpcConfig vpcConfig,
                                               List<FileSystemConfig> fileSystemConfigs, SnapStart snapStart) {

    /** @param functionName the function named in the path */
    public UpdateFunctionConfigurationCommand toCommand(String functionName) {
        return new UpdateFunctionConfigurationCommand(functionName, runtime, role, handler, description, timeout,
                memorySize, ephemeralStorage == null ? null : ephemeralStorage.size(),
                environment == null ? null : environment.variablesOrNone(), layers, revisionId,
                DeadLetterConfig.updateOf(deadLetterConfig), new FunctionSettingsChange(
                        TracingConfig.modeOf(tracingConfig), LoggingConfig.changeOf(loggingConfig), kmsKeyArn,
                        VpcConfig.changeOf(vpcConfig), FileSystemConfig.mountsOf(fileSystemConfigs),
                        SnapStart.applyOnOf(snapStart)));
    }
}
