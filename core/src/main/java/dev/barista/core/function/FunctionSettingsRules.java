package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applies a {@link FunctionSettingsChange} to a function's {@link FunctionSettings}, checking what Lambda checks,
 * with Lambda's error codes and messages: the enum values, the log group and KMS key patterns, at most 16 subnets,
 * 5 security groups and 1 file system, and log levels only with the JSON format.
 */
final class FunctionSettingsRules {
    static final int MAXIMUM_SUBNETS = 16;
    static final int MAXIMUM_SECURITY_GROUPS = 5;
    static final int MAXIMUM_FILE_SYSTEMS = 1;

    private static final String LOG_GROUP_TEXT = "[\\.\\-_/#A-Za-z0-9]+";
    private static final Pattern LOG_GROUP = Pattern.compile(LOG_GROUP_TEXT);
    private static final String KMS_KEY_TEXT = "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()";
    private static final Pattern KMS_KEY = Pattern.compile(KMS_KEY_TEXT);
    private static final String FILE_SYSTEM_ARN_TEXT = "arn:aws[a-zA-Z-]*:elasticfilesystem:[a-z]{2}((-gov)|(-iso(b?)))?"
            + "-[a-z]+-\\d{1}:\\d{12}:access-point/fsap-[a-f0-9]{17}";
    private static final Pattern FILE_SYSTEM_ARN = Pattern.compile(FILE_SYSTEM_ARN_TEXT);
    private static final String MOUNT_PATH_TEXT = "/mnt/[a-zA-Z0-9-_.]+";
    private static final Pattern MOUNT_PATH = Pattern.compile(MOUNT_PATH_TEXT);

    private FunctionSettingsRules() {
    }

    /** The settings after {@code change}; {@code current} is {@link FunctionSettings#DEFAULT} for CreateFunction. */
    static FunctionSettings apply(FunctionSettings current, FunctionSettingsChange change) {
        if (change == null) {
            return current;
        }
        TracingMode tracing = change.tracingMode() == null ? current.tracingMode()
                : enumValue(TracingMode.fromWireName(change.tracingMode()), change.tracingMode(), "tracingConfig.mode",
                        "[Active, PassThrough]");
        LoggingSettings logging = change.logging() == null ? current.logging()
                : logging(current.logging(), change.logging());
        String kmsKeyArn = change.kmsKeyArn() == null ? current.kmsKeyArn() : kmsKey(change.kmsKeyArn());
        VpcSettings vpc = change.vpc() == null ? current.vpc() : vpc(change.vpc());
        List<FileSystemMount> fileSystems = change.fileSystems() == null ? current.fileSystems()
                : fileSystems(change.fileSystems());
        SnapStartApplyOn snapStart = change.snapStartApplyOn() == null ? current.snapStartApplyOn()
                : enumValue(SnapStartApplyOn.fromWireName(change.snapStartApplyOn()), change.snapStartApplyOn(),
                        "snapStart.applyOn", "[PublishedVersions, None]");
        return new FunctionSettings(tracing, logging, kmsKeyArn, vpc, fileSystems, snapStart);
    }

    /**
     * Members not given keep their value. Log levels given with the text format are refused; switching to text drops
     * the levels, switching to JSON fills in INFO for the levels not set.
     */
    private static LoggingSettings logging(LoggingSettings current, FunctionSettingsChange.Logging change) {
        LogFormat format = change.logFormat() == null ? current.format()
                : enumValue(LogFormat.fromWireName(change.logFormat()), change.logFormat(), "loggingConfig.logFormat",
                        "[JSON, Text]");
        LogLevel application = change.applicationLogLevel() == null ? null
                : enumValue(LogLevel.fromWireName(change.applicationLogLevel()), change.applicationLogLevel(),
                        "loggingConfig.applicationLogLevel", "[TRACE, DEBUG, INFO, WARN, ERROR, FATAL]");
        LogLevel system = change.systemLogLevel() == null ? null
                : enumValue(LogLevel.fromWireName(change.systemLogLevel()).filter(LogLevel::isSystemLevel),
                        change.systemLogLevel(), "loggingConfig.systemLogLevel", "[DEBUG, INFO, WARN]");
        String group = change.logGroup() == null ? current.logGroup() : logGroup(change.logGroup());
        if (format == LogFormat.TEXT) {
            if (application != null || system != null) {
                throw BaristaException.invalidParameter("LogLevel is not supported when LogFormat is set to \"Text\"."
                        + " Remove LogLevel from your request or change the LogFormat to \"Json\" and try again.");
            }
            return new LoggingSettings(format, null, null, group);
        }
        return new LoggingSettings(format, firstSet(application, current.applicationLogLevel()),
                firstSet(system, current.systemLogLevel()), group);
    }

    private static LogLevel firstSet(LogLevel given, LogLevel current) {
        return given != null ? given : current != null ? current : LogLevel.INFO;
    }

    private static String logGroup(String group) {
        if (group.isEmpty() || group.length() > 512) {
            throw BaristaException.validation("1 validation error detected: Value '" + group + "' at"
                    + " 'loggingConfig.logGroup' failed to satisfy constraint: Member must have length "
                    + (group.isEmpty() ? "greater than or equal to 1" : "less than or equal to 512"));
        }
        if (!LOG_GROUP.matcher(group).matches()) {
            throw BaristaException.validation("1 validation error detected: Value '" + group + "' at"
                    + " 'loggingConfig.logGroup' failed to satisfy constraint: Member must satisfy regular expression"
                    + " pattern: " + LOG_GROUP_TEXT);
        }
        return group;
    }

    private static String kmsKey(String arn) {
        if (!KMS_KEY.matcher(arn).matches()) {
            throw BaristaException.validation("1 validation error detected: Value '" + arn + "' at 'kMSKeyArn' failed"
                    + " to satisfy constraint: Member must satisfy regular expression pattern: " + KMS_KEY_TEXT);
        }
        return arn;
    }

    private static VpcSettings vpc(FunctionSettingsChange.Vpc change) {
        List<String> subnets = change.subnetIds() == null ? List.of() : change.subnetIds();
        List<String> groups = change.securityGroupIds() == null ? List.of() : change.securityGroupIds();
        checkCount(subnets, MAXIMUM_SUBNETS, "vpcConfig.subnetIds");
        checkCount(groups, MAXIMUM_SECURITY_GROUPS, "vpcConfig.securityGroupIds");
        if (subnets.isEmpty() && groups.isEmpty()) {
            return null;
        }
        return new VpcSettings(subnets, groups, Boolean.TRUE.equals(change.ipv6AllowedForDualStack()));
    }

    private static List<FileSystemMount> fileSystems(List<FileSystemMount> mounts) {
        checkCount(mounts, MAXIMUM_FILE_SYSTEMS, "fileSystemConfigs");
        for (int index = 0; index < mounts.size(); index++) {
            FileSystemMount mount = mounts.get(index);
            String at = "fileSystemConfigs." + (index + 1) + ".member.";
            if (mount.arn().length() > 200 || !FILE_SYSTEM_ARN.matcher(mount.arn()).matches()) {
                throw BaristaException.validation("1 validation error detected: Value '" + mount.arn() + "' at '" + at
                        + "arn' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                        + FILE_SYSTEM_ARN_TEXT);
            }
            if (mount.localMountPath().length() > 160 || !MOUNT_PATH.matcher(mount.localMountPath()).matches()) {
                throw BaristaException.validation("1 validation error detected: Value '" + mount.localMountPath()
                        + "' at '" + at + "localMountPath' failed to satisfy constraint: Member must satisfy regular"
                        + " expression pattern: " + MOUNT_PATH_TEXT);
            }
        }
        return mounts;
    }

    private static void checkCount(List<?> items, int maximum, String at) {
        if (items.size() > maximum) {
            throw BaristaException.validation("1 validation error detected: Value '" + items + "' at '" + at
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + maximum);
        }
    }

    private static <E> E enumValue(Optional<E> value, String text, String at, String allowed) {
        return value.orElseThrow(() -> BaristaException.validation("1 validation error detected: Value '" + text
                + "' at '" + at + "' failed to satisfy constraint: Member must satisfy enum value set: " + allowed));
    }
}
