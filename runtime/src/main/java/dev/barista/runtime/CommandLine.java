package dev.barista.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to execute for one environment.
 *
 * @param command the executable and its arguments
 * @param variables runtime-specific environment variables; they override the function's own
 * @param gracefulExit when present, destroying the environment first asks the process to exit (SIGTERM) and
 *     waits for it, because its exit writes something worth keeping (a JVM's AOT configuration)
 */
record CommandLine(List<String> command, Map<String, String> variables, Optional<GracefulExit> gracefulExit) {

    /**
     * @param grace how long to wait for the process to exit on its own
     * @param afterExit runs once the process has ended, gracefully or not
     */
    record GracefulExit(Duration grace, Runnable afterExit) {
        GracefulExit {
            Objects.requireNonNull(grace, "grace");
            Objects.requireNonNull(afterExit, "afterExit");
        }
    }

    CommandLine {
        command = List.copyOf(command);
        variables = Map.copyOf(variables);
        Objects.requireNonNull(gracefulExit, "gracefulExit");
    }

    CommandLine(List<String> command, Map<String, String> variables) {
        this(command, variables, Optional.empty());
    }
}
