package dev.barista.core.function;

import java.util.Objects;

/**
 * A function's {@code LoggingConfig}. The log levels are set exactly when the format is JSON (Lambda fills in
 * {@code INFO} for a level not given); {@code logGroup} null means Lambda's default group.
 */
public record LoggingSettings(LogFormat format, LogLevel applicationLogLevel, LogLevel systemLogLevel,
                              String logGroup) {
    public static final LoggingSettings DEFAULT = new LoggingSettings(LogFormat.TEXT, null, null, null);
    private static final String DEFAULT_GROUP_PREFIX = "/aws/lambda/";

    public LoggingSettings {
        Objects.requireNonNull(format, "format");
        if ((format == LogFormat.JSON) != (applicationLogLevel != null && systemLogLevel != null)) {
            throw new IllegalArgumentException("Log levels are set exactly with the JSON format");
        }
    }

    /** The group the function's logs go to: the one configured, or {@code /aws/lambda/<function>}. */
    public String logGroup(String functionName) {
        return logGroup == null ? DEFAULT_GROUP_PREFIX + functionName : logGroup;
    }

    /**
     * Whether the platform's START, END and REPORT records (INFO level) are written: always in text, and in JSON
     * when {@code SystemLogLevel} is DEBUG or INFO.
     */
    public boolean writesPlatformRecords() {
        return format == LogFormat.TEXT || systemLogLevel.admits(LogLevel.INFO);
    }
}
