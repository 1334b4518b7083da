package dev.barista.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to execute for one environment.
 *
 * @param command the executable and its arguments
 * @param variables runtime-specific environment variables; they override the function's own
 * @param aotRecording present when this JVM records an AOT cache; its environment keeps it informed
 * @param framedLogs whether the runtime writes framed log records to a descriptor of its own
 *     ({@link TelemetryChannel}: AWS's Java runtime interface client)
 */
record CommandLine(List<String> command, Map<String, String> variables, Optional<AotRecording> aotRecording,
                   boolean framedLogs) {

    CommandLine {
        command = List.copyOf(command);
        variables = Map.copyOf(variables);
        Objects.requireNonNull(aotRecording, "aotRecording");
    }

    CommandLine(List<String> command, Map<String, String> variables, Optional<AotRecording> aotRecording) {
        this(command, variables, aotRecording, false);
    }

    CommandLine(List<String> command, Map<String, String> variables) {
        this(command, variables, Optional.empty());
    }
}
