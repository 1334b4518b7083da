package dev.barista.core.function;

import java.util.List;
import java.util.Objects;

/**
 * The settings of a function version that Lambda accepts beyond code, handler and resources: tracing, logging,
 * encryption key, VPC, file systems and SnapStart. Each version keeps its own; PublishVersion copies them.
 *
 * @param kmsKeyArn the customer managed key for environment variables, or null for Lambda's default key
 * @param vpc the VPC connection, or null when the function is not connected to a VPC
 */
public record FunctionSettings(TracingMode tracingMode, LoggingSettings logging, String kmsKeyArn, VpcSettings vpc,
                               List<FileSystemMount> fileSystems, SnapStartApplyOn snapStartApplyOn) {
    public static final FunctionSettings DEFAULT = new FunctionSettings(TracingMode.PASS_THROUGH,
            LoggingSettings.DEFAULT, null, null, List.of(), SnapStartApplyOn.NONE);

    public FunctionSettings {
        Objects.requireNonNull(tracingMode, "tracingMode");
        Objects.requireNonNull(logging, "logging");
        kmsKeyArn = kmsKeyArn == null || kmsKeyArn.isEmpty() ? null : kmsKeyArn;
        fileSystems = List.copyOf(fileSystems == null ? List.of() : fileSystems);
        Objects.requireNonNull(snapStartApplyOn, "snapStartApplyOn");
    }
}
