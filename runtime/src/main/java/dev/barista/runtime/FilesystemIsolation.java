package dev.barista.runtime;

/** How far a function process's view of the file system is its own. */
public enum FilesystemIsolation {
    /** {@link #MOUNT_NAMESPACE} where this JVM may create mount namespaces (root, util-linux), else {@link #NONE}. */
    AUTO,
    /**
     * A mount namespace per environment, as Lambda's sandbox gives: {@code /tmp} is the environment's own
     * directory and the code directory is read-only, even for root. The rest of the host stays visible. Launching
     * fails if mount namespaces cannot be created.
     */
    MOUNT_NAMESPACE,
    /** The host's file system as it is; {@code TMPDIR} still points to the environment's own directory. */
    NONE
}
