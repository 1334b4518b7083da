package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.CreateFunctionCommand;
import dev.barista.core.function.FunctionSettingsChange;
import java.util.List;
import java.util.Map;

/**
 * The body of <a href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html">CreateFunction</a>.
 * TracingConfig, LoggingConfig, KMSKeyArn, VpcConfig, FileSystemConfigs and SnapStart are stored with the function.
 * Members Barista does not model (ImageConfig, CodeSigningConfigArn, ...) are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record CreateFunctionInput(String functionName, String runtime, String role, String handler,
                                  String description, Integer timeout, Integer memorySize, Boolean publish,
                                  String packageType, FunctionCode code, Environment environment,
                                  EphemeralStorage ephemeralStorage, List<String> architectures, List<String> layers,
                                  Map<String, String> tags, DeadLetterConfig deadLetterConfig,
                                  TracingConfig tracingConfig, LoggingConfig loggingConfig,
                                  @JsonProperty("KMSKeyArn") String kmsKeyArn, VpcConfig vpcConfig,
                                  List<FileSystemConfig> fileSystemConfigs, SnapStart snapStart) {

    public CreateFunctionCommand toCommand() {
        FunctionCode source = code == null ? FunctionCode.NONE : code;
        return new CreateFunctionCommand(functionName, runtime, role, handler, description, timeout, memorySize,
                ephemeralStorage == null ? null : ephemeralStorage.size(),
                environment == null ? null : environment.variablesOrNone(), architectures, source.zipFile(),
                source.s3Bucket(), source.s3Key(), source.imageUri(), packageType, layers, Boolean.TRUE.equals(publish),
                tags, DeadLetterConfig.targetOf(deadLetterConfig), new FunctionSettingsChange(
                        TracingConfig.modeOf(tracingConfig), LoggingConfig.changeOf(loggingConfig), kmsKeyArn,
                        VpcConfig.changeOf(vpcConfig), FileSystemConfig.mountsOf(fileSystemConfigs),
                        SnapStart.applyOnOf(snapStart)));
    }
}
