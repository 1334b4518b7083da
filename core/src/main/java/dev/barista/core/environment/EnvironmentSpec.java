package dev.barista.core.environment;

import dev.barista.core.function.FunctionConfiguration;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a launcher needs to start one environment.
 *
 * @param environmentId unique id, also the tail of the log stream name
 * @param function the exact version and revision this environment serves
 * @param codeDirectory the extracted package (read-only for the function where the launcher can arrange it)
 * @param variables the complete environment of the function process except what only the launcher knows
 *     ({@code AWS_LAMBDA_RUNTIME_API}, {@code _HANDLER}, {@code LAMBDA_TASK_ROOT}, {@code PATH},
 *     {@code LD_LIBRARY_PATH}, runtime-specific ones): the function's variables plus the reserved ones core owns
 * @param logSink receives every line the process writes on stdout and stderr
 */
public record EnvironmentSpec(
        String environmentId,
        FunctionConfiguration function,
        Path codeDirectory,
        Map<String, String> variables,
        LogSink logSink) {

    public EnvironmentSpec {
        Objects.requireNonNull(environmentId, "environmentId");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(codeDirectory, "codeDirectory");
        variables = Map.copyOf(variables);
        Objects.requireNonNull(logSink, "logSink");
    }
}
