package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionConfiguration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Lambda's {@code FunctionConfiguration} shape, as CreateFunction, GetFunctionConfiguration, the updates,
 * PublishVersion and the listings answer it. Settings Barista does not model answer their AWS defaults
 * ({@code PackageType} Zip, tracing PassThrough, SnapStart off, text logs to {@code /aws/lambda/<name>}).
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
                                          LoggingConfig loggingConfig, DeadLetterConfig deadLetterConfig) {
    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final TracingConfig PASS_THROUGH = new TracingConfig("PassThrough");
    private static final SnapStart SNAP_START_OFF = new SnapStart("None", "Off");

    /**
     * @param qualifyLatest whether the ARN of {@code $LATEST} ends in {@code :$LATEST}, as in version listings and
     *     requests that named it; published versions always carry their number
     */
    public static FunctionConfigurationOutput of(FunctionConfiguration configuration, AccountSettings account,
                                                 boolean qualifyLatest) {
        String name = configuration.functionName();
        String arn = configuration.isLatest() && !qualifyLatest ? account.functionArn(name)
                : account.functionArn(name, configuration.version());
        return new FunctionConfigurationOutput(name, arn, configuration.runtime().identifier(), configuration.role(),
                configuration.handler(), configuration.code().sizeBytes(), configuration.description(),
                configuration.timeoutSeconds(), configuration.memorySizeMegabytes(),
                LAST_MODIFIED.format(configuration.lastModified()), configuration.code().sha256Base64(),
                configuration.version(),
                configuration.environment().isEmpty() ? null : new Environment(configuration.environment()),
                PASS_THROUGH, configuration.revisionId(), configuration.state().wireName(),
                configuration.lastUpdateStatus().wireName(), "Zip",
                List.of(configuration.architecture().identifier()),
                new EphemeralStorage(configuration.ephemeralStorageMegabytes()), SNAP_START_OFF,
                new RuntimeVersionConfig(RuntimeVersionArns.of(account.region(), configuration.runtime())),
                new LoggingConfig("Text", "/aws/lambda/" + name),
                DeadLetterConfig.of(configuration.deadLetterTargetArn()));
    }

    /** {@code TracingConfigResponse}. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record TracingConfig(String mode) {
    }

    /** {@code SnapStartResponse}. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record SnapStart(String applyOn, String optimizationStatus) {
    }

    /** {@code RuntimeVersionConfig}. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record RuntimeVersionConfig(String runtimeVersionArn) {
    }

    /** {@code LoggingConfig}. */
    @JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
    public record LoggingConfig(String logFormat, String logGroup) {
    }
}
