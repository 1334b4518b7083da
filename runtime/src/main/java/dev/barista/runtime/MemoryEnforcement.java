package dev.barista.runtime;

/** How the process launcher holds a function to its configured memory size. */
public enum MemoryEnforcement {
    /** {@link #CGROUP} where this JVM may create memory cgroups, otherwise {@link #WATCHDOG}. */
    AUTO,
    /**
     * A cgroup v1 memory controller per environment, created below this JVM's own memory cgroup: the kernel
     * kills the process at the limit. Launching fails if the hierarchy is not writable.
     */
    CGROUP,
    /** Periodic reads of the resident memory of the process tree; the tree is killed above the limit. */
    WATCHDOG,
    /** No limit; the peak is still reported. */
    NONE
}
