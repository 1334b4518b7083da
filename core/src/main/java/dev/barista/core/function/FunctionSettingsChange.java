package dev.barista.core.function;

import java.util.List;

/**
 * The {@link FunctionSettings} members of CreateFunction or UpdateFunctionConfiguration as the caller sent them,
 * unchecked. Null means "not given": CreateFunction takes Lambda's default, UpdateFunctionConfiguration keeps the
 * current value ({@code LoggingConfig} member by member).
 *
 * @param kmsKeyArn empty removes the key
 * @param vpc a VPC config with no subnets and no security groups disconnects the function
 * @param fileSystems empty removes the file systems
 * @param snapStartApplyOn {@code SnapStart.ApplyOn}; a SnapStart without one is {@code None}
 */
public record FunctionSettingsChange(String tracingMode, Logging logging, String kmsKeyArn, Vpc vpc,
                                     List<FileSystemMount> fileSystems, String snapStartApplyOn) {
    public static final FunctionSettingsChange NONE = new FunctionSettingsChange(null, null, null, null, null, null);

    /** {@code LoggingConfig}; each null member is not given. */
    public record Logging(String logFormat, String applicationLogLevel, String systemLogLevel, String logGroup) {
    }

    /** {@code VpcConfig}; null lists are empty, a null flag is false. */
    public record Vpc(List<String> subnetIds, List<String> securityGroupIds, Boolean ipv6AllowedForDualStack) {
    }
}
