package dev.barista.core.scheduler;

import java.util.Optional;

/**
 * Where an execution environment is in its life. The transitions form a closed table ({@link #after}); every
 * event it does not list for a state is refused.
 *
 * <pre>
 * STARTING --INITIALISED--&gt; BUSY --RELEASED--&gt; IDLE --LEASED--&gt; BUSY
 * STARTING, IDLE, BUSY --STOP_REQUESTED--&gt; STOPPING --DESTROYED--&gt; STOPPED
 * </pre>
 */
enum EnvironmentState {
    /** Launched for one invocation, which holds it while the runtime initialises (and after a failed init). */
    STARTING,
    /** Initialised, waiting for an invocation of its own version and revision. */
    IDLE,
    /** Serving exactly one invocation. */
    BUSY,
    /** Chosen to be destroyed; its process is being killed. */
    STOPPING,
    /** Its process is gone. Terminal. */
    STOPPED;

    /** The state after {@code event}, or empty when this state refuses it. */
    Optional<EnvironmentState> after(EnvironmentEvent event) {
        return Optional.ofNullable(switch (this) {
            case STARTING -> switch (event) {
                case INITIALISED -> BUSY;
                case STOP_REQUESTED -> STOPPING;
                case LEASED, RELEASED, DESTROYED -> null;
            };
            case IDLE -> switch (event) {
                case LEASED -> BUSY;
                case STOP_REQUESTED -> STOPPING;
                case INITIALISED, RELEASED, DESTROYED -> null;
            };
            case BUSY -> switch (event) {
                case RELEASED -> IDLE;
                case STOP_REQUESTED -> STOPPING;
                case INITIALISED, LEASED, DESTROYED -> null;
            };
            case STOPPING -> switch (event) {
                case DESTROYED -> STOPPED;
                case INITIALISED, LEASED, RELEASED, STOP_REQUESTED -> null;
            };
            case STOPPED -> null;
        });
    }

    /** Whether an invocation holds the environment: these count toward concurrency. */
    boolean isLeased() {
        return switch (this) {
            case STARTING, BUSY -> true;
            case IDLE, STOPPING, STOPPED -> false;
        };
    }

    /**
     * Whether the environment counts against the memory budget. A stopping one does not: the decision to destroy
     * it is final and its memory is already promised to whatever replaces it.
     */
    boolean holdsMemory() {
        return switch (this) {
            case STARTING, IDLE, BUSY -> true;
            case STOPPING, STOPPED -> false;
        };
    }
}
