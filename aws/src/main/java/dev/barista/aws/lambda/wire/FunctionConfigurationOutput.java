package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionSettings;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Lambda's {@code FunctionConfiguration} shape, as CreateFunction, GetFunctionConfiguration, the updates,
 * PublishVersion and the listings answer it: the version's settings as stored ({@code KMSKeyArn},
 * {@code VpcConfig} and {@code FileSystemConfigs} only when set), {@code PackageType} Zip, and SnapStart's
 * {@code OptimizationStatus} always Off (Barista takes no snapshots).
 *
 * @param lastModified {@code 2024-01-01T12:00:00.000+0000}
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record FunctionConfigurationOutput(String functionName, String functionArn, String runtime, String role,
                                          String handler, long codeSize, String description, int timeout,
                                          int memorySize, String lastModified, String codeSha256, String version,
                                          Environment environment, TracingConfig tracingConfig, String revisionId,
                                          String state, String lastUpdateStatus, String packageType,
                                          List<String> architectures, EphemeralStorage ephemeralStorage,
                                          SnapStart snapStart, RuntimeVersionConfig runtimeVersionConfig,
                                          LoggingConfig loggingConfig, DeadLetterConfig deadLetterConfig,
                                          @JsonProperty("KMSKeyArn") String kmsKeyArn, VpcConfig vpcConfig,
                                          List<FileSystemConfig> fileSystemConfigs) {
    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    /**
     * @param qualifyLatest whether the ARN of {@code $LATEST} ends in {@code :$LATEST}, as in version listings and
     *     requests that named it; published versions always carry their number
     */
    public static FunctionConfigurationOutput of(FunctionConfiguration configuration, AccountSettings account,
                                                 boolean qualifyLatest) {
        String name = configuration.functionName();
        FunctionSettings settings = configuration.settings();
        String arn = configuration.isLatest() && !qualifyLatest ? account.functionArn(name)
                : account.functionArn(name, configuration.version());
        return new FunctionConfigurationOutput(name, arn, configuration.runtime().identifier(), configuration.role(),
                configuration.handler(), configuration.code().sizeBytes(), configuration.description(),
                configuration.timeoutSeconds(), configuration.memorySizeMegabytes(),
                LAST_MODIFIED.format(configuration.lastModified()), configuration.code().sha256Base64(),
                configuration.version(),
                configuration.environment().isEmpty() ? null : new Environment(configuration.environment()),
                new TracingConfig(settings.tracingMode().wireName()), configuration.revisionId(),
                configuration.state().wireName(), configuration.lastUpdateStatus().wireName(), "Zip",
                List.of(configuration.architecture().identifier()),
                new EphemeralStorage(configuration.ephemeralStorageMegabytes()),
                SnapStart.of(settings.snapStartApplyOn()),
                new RuntimeVersionConfig(RuntimeVersionArns.of(account.region(), configuration.runtime())),
                LoggingConfig.of(settings.logging(), name),
                DeadLetterConfig.of(configuration.deadLetterTargetArn()), settings.kmsKeyArn(),
                VpcConfig.of(settings.vpc()), FileSystemConfig.of(settings.fileSystems()));
    }

    /** {@code RuntimeVersionConfig}. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record RuntimeVersionConfig(String runtimeVersionArn) {
    }
}
