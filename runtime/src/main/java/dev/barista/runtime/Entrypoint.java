package dev.barista.runtime;

import dev.barista.core.environment.InitOutcome;

/** What a runtime family makes of an environment spec: a command to start, or the init error Lambda reports. */
sealed interface Entrypoint {

    record Startable(CommandLine commandLine) implements Entrypoint {
    }

    /** Nothing can be started (no {@code bootstrap}, no interpreter); the init fails at once. */
    record Invalid(InitOutcome.Failed failure) implements Entrypoint {
    }
}
