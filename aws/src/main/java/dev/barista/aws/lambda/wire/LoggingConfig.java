package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.FunctionSettingsChange;
import dev.barista.core.function.LoggingSettings;

/**
 * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_LoggingConfig.html">LoggingConfig</a>, in requests
 * and responses; responses carry the log levels only with the JSON format, as Lambda does.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record LoggingConfig(String logFormat, String applicationLogLevel, String systemLogLevel, String logGroup) {

    static FunctionSettingsChange.Logging changeOf(LoggingConfig config) {
        return config == null ? null : new FunctionSettingsChange.Logging(config.logFormat(),
                config.applicationLogLevel(), config.systemLogLevel(), config.logGroup());
    }

    static LoggingConfig of(LoggingSettings logging, String functionName) {
        return new LoggingConfig(logging.format().wireName(),
                logging.applicationLogLevel() == null ? null : logging.applicationLogLevel().name(),
                logging.systemLogLevel() == null ? null : logging.systemLogLevel().name(),
                logging.logGroup(functionName));
    }
}
