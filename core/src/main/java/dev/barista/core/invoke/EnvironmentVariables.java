package dev.barista.core.invoke;

import dev.barista.core.function.AccountSettings;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.LogFormat;
import dev.barista.core.function.LoggingSettings;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment of a function process that core owns: the function's own variables, then Lambda's reserved
 * ones (which a function cannot override), credentials, and {@code AWS_ENDPOINT_URL} pointing at Barista so that
 * SDK calls from inside a function reach it.
 */
public final class EnvironmentVariables {
    private final AccountSettings account;
    private final String endpointUrl;

    /** @param endpointUrl Barista's own URL as functions reach it, such as {@code http://127.0.0.1:4566} */
    public EnvironmentVariables(AccountSettings account, String endpointUrl) {
        this.account = account;
        this.endpointUrl = endpointUrl;
    }

    Map<String, String> of(FunctionConfiguration function, String logGroup, String logStream) {
        Map<String, String> variables = new HashMap<>(function.environment());
        variables.putIfAbsent("AWS_ENDPOINT_URL", endpointUrl);
        variables.put("AWS_REGION", account.region());
        variables.put("AWS_DEFAULT_REGION", account.region());
        variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime().identifier());
        variables.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", function.version());
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memorySizeMegabytes()));
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", logGroup);
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        LoggingSettings logging = function.settings().logging();
        if (logging.format() == LogFormat.JSON) {
            // What Lambda's runtimes read to format and filter application logs in the JSON format.
            variables.put("AWS_LAMBDA_LOG_FORMAT", logging.format().wireName());
            variables.put("AWS_LAMBDA_LOG_LEVEL", logging.applicationLogLevel().name());
        }
        variables.put("AWS_ACCESS_KEY_ID", "test");
        variables.put("AWS_SECRET_ACCESS_KEY", "test");
        variables.put("AWS_SESSION_TOKEN", "test");
        return variables;
    }
}
