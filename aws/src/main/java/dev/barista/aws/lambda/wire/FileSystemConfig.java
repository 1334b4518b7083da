package dev.barista.aws.lambda.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.barista.core.function.FileSystemMount;
import java.util.List;

/** One of {@code FileSystemConfigs}: an EFS access point ARN and its mount path. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record FileSystemConfig(String arn, String localMountPath) {

    static List<FileSystemMount> mountsOf(List<FileSystemConfig> configs) {
        return configs == null ? null : configs.stream().map(config -> new FileSystemMount(
                config.arn() == null ? "" : config.arn(),
                config.localMountPath() == null ? "" : config.localMountPath())).toList();
    }

    static List<FileSystemConfig> of(List<FileSystemMount> mounts) {
        return mounts.isEmpty() ? null
                : mounts.stream().map(mount -> new FileSystemConfig(mount.arn(), mount.localMountPath())).toList();
    }
}
