package dev.barista.runtime;

import dev.barista.core.environment.EnvironmentSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a function process's environment from scratch; nothing of the server's own environment leaks in.
 * Precedence, lowest first: the defaults Lambda documents as overridable ({@code PATH}, {@code LD_LIBRARY_PATH},
 * {@code TZ}, {@code LANG}), then the spec's variables (the function's plus core's reserved ones), then what only
 * the launcher knows, then the runtime's own settings. Lambda sets no {@code HOME}, and neither do we.
 */
final class EnvironmentVariables {
    private static final String SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin";

    private EnvironmentVariables() {
    }

    /**
     * @param interpreter the executable that runs the function; its directory leads {@code PATH}
     * @param runtimeApi {@code host:port} of the environment's Runtime API
     */
    static Map<String, String> of(EnvironmentSpec spec, CommandLine commandLine, Path interpreter,
            String runtimeApi, Path runtimeDirectory, Path temporaryDirectory) {
        Path code = spec.codeDirectory();
        Map<String, String> variables = new LinkedHashMap<>();
        Path interpreterDirectory = interpreter.getParent();
        variables.put("PATH", interpreterDirectory == null || interpreterDirectory.equals(code)
                ? SYSTEM_PATH : interpreterDirectory + ":" + SYSTEM_PATH);
        variables.put("LD_LIBRARY_PATH", code + ":" + code.resolve("lib"));
        variables.put("TZ", ":UTC");
        variables.put("LANG", "en_US.UTF-8");
        variables.putAll(spec.variables());
        variables.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        variables.put("_HANDLER", spec.function().handler());
        variables.put("LAMBDA_TASK_ROOT", code.toString());
        variables.put("LAMBDA_RUNTIME_DIR", runtimeDirectory.toString());
        variables.put("TMPDIR", temporaryDirectory.toString());
        variables.putAll(commandLine.variables());
        return variables;
    }
}
