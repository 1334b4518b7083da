package dev.barista.core.scheduler;

/** What can happen to an execution environment; {@link EnvironmentState#after} says where each one leads. */
enum EnvironmentEvent {
    /** The runtime asked for its first event; the invocation that started the environment now runs in it. */
    INITIALISED,
    /** A waiting environment was handed to an invocation. */
    LEASED,
    /** The invocation ended and the environment may serve another of the same revision. */
    RELEASED,
    /** Eviction, expiry, retirement, a failure or shutdown decided that the environment must go. */
    STOP_REQUESTED,
    /** Its process is gone. */
    DESTROYED
}
