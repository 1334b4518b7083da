package dev.barista.core.function;

import dev.barista.core.error.BaristaException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Lambda's documented limits on a function's settings, checked with Lambda's error codes and messages. */
final class FunctionLimits {
    static final int DEFAULT_TIMEOUT_SECONDS = 3;
    static final int DEFAULT_MEMORY_MEGABYTES = 128;
    static final int DEFAULT_EPHEMERAL_STORAGE_MEGABYTES = 512;
    static final int ENVIRONMENT_BYTES = 4096;

    private static final Pattern ROLE = Pattern.compile("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    private static final Pattern HANDLER = Pattern.compile("[^\\s]+");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[a-zA-Z]([a-zA-Z0-9_])*");
    /** Keys the Lambda service refuses in a function's environment (runtime-owned). */
    private static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION",
            "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
            "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    private FunctionLimits() {
    }

    static void checkName(String name) {
        if (!FunctionReference.isValidName(name)) {
            throw BaristaException.validation("1 validation error detected: Value '" + name
                    + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression"
                    + " pattern: " + FunctionReference.PATTERN_TEXT);
        }
    }

    static void checkRole(String role) {
        if (role == null) {
            throw BaristaException.validation(
                    "1 validation error detected: Value null at 'role' failed to satisfy constraint: Member must not be null");
        }
        if (!ROLE.matcher(role).matches()) {
            throw BaristaException.validation("1 validation error detected: Value '" + role + "' at 'role' failed to"
                    + " satisfy constraint: Member must satisfy regular expression pattern: "
                    + "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
        }
    }

    static void checkHandler(String handler) {
        if (handler == null || handler.isEmpty()) {
            throw BaristaException.invalidParameter("The Handler parameter is required for the zip package type.");
        }
        if (handler.length() > 128 || !HANDLER.matcher(handler).matches()) {
            throw BaristaException.validation("1 validation error detected: Value '" + handler + "' at 'handler'"
                    + " failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+");
        }
    }

    static void checkDescription(String description) {
        if (description != null && description.length() > 256) {
            throw BaristaException.validation("1 validation error detected: Value at 'description' failed to satisfy"
                    + " constraint: Member must have length less than or equal to 256");
        }
    }

    static void checkTimeout(int seconds) {
        if (seconds < 1) {
            throw BaristaException.validation("1 validation error detected: Value '" + seconds + "' at 'timeout'"
                    + " failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        if (seconds > 900) {
            throw BaristaException.invalidParameter("Timeout value exceeds the maximum allowed value of 900 seconds.");
        }
    }

    static void checkMemory(int megabytes) {
        if (megabytes < 128) {
            throw BaristaException.validation("1 validation error detected: Value '" + megabytes + "' at 'memorySize'"
                    + " failed to satisfy constraint: Member must have value greater than or equal to 128");
        }
        if (megabytes > 10240) {
            throw BaristaException.validation("1 validation error detected: Value '" + megabytes + "' at 'memorySize'"
                    + " failed to satisfy constraint: Member must have value less than or equal to 10240");
        }
    }

    static void checkEphemeralStorage(int megabytes) {
        if (megabytes < 512 || megabytes > 10240) {
            throw BaristaException.validation("1 validation error detected: Value '" + megabytes
                    + "' at 'ephemeralStorage.size' failed to satisfy constraint: Member must have value "
                    + (megabytes < 512 ? "greater than or equal to 512" : "less than or equal to 10240"));
        }
    }

    static void checkEnvironment(Map<String, String> variables) {
        Set<String> reserved = new TreeSet<>();
        for (String key : variables.keySet()) {
            if (!VARIABLE_NAME.matcher(key).matches()) {
                throw BaristaException.validation("1 validation error detected: Value at"
                        + " 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint:"
                        + " [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]");
            }
            if (RESERVED_VARIABLES.contains(key)) {
                reserved.add(key);
            }
        }
        if (!reserved.isEmpty()) {
            throw BaristaException.invalidParameter("Lambda was unable to configure your environment variables because"
                    + " the environment variables you have provided contains reserved keys that are currently not"
                    + " supported for modification. Reserved keys used in this request: " + String.join(", ", reserved));
        }
        int size = 0;
        for (Map.Entry<String, String> entry : variables.entrySet()) {
            size += entry.getKey().getBytes(StandardCharsets.UTF_8).length
                    + (entry.getValue() == null ? 0 : entry.getValue().getBytes(StandardCharsets.UTF_8).length);
        }
        if (size > ENVIRONMENT_BYTES) {
            throw BaristaException.invalidParameter("Lambda was unable to configure your environment variables because"
                    + " the environment variables you have provided exceeded the 4KB limit. String measured: "
                    + size + " bytes");
        }
    }
}
