package dev.barista.core.function;

import java.util.Objects;

/** One of a function's {@code FileSystemConfigs}: an EFS access point and where it is mounted. Stored only. */
public record FileSystemMount(String arn, String localMountPath) {

    public FileSystemMount {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(localMountPath, "localMountPath");
    }
}
