package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgroupMemoryLimitTest {

    @TempDir
    Path parent;

    @Test
    void removesOnlyStaleGroupsOfItsOwn() throws IOException {
        Path stale = Files.createDirectory(parent.resolve("barista-old"));
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        Path starting = Files.createDirectory(parent.resolve("barista-new"));
        Path foreign = Files.createDirectory(parent.resolve("someone-else"));
        Files.setLastModifiedTime(foreign, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));

        CgroupMemoryLimit.removeStale(parent);

        assertThat(stale).doesNotExist();
        assertThat(starting).exists();
        assertThat(foreign).exists();
    }

    @Test
    void readsThePeakAfreshEachTimeThroughItsOpenFileAndNothingOnceClosed() throws IOException {
        CgroupMemoryLimit group = CgroupMemoryLimit.create(parent, "environment-1", 128L << 20);
        Path directory = parent.resolve("barista-environment-1");
        Path peak = directory.resolve("memory.max_usage_in_bytes");
        Files.writeString(peak, "4096\n");
        assertThat(group.peakBytes()).isEqualTo(4096);

        Files.writeString(peak, "134217728\n");
        assertThat(group.peakBytes()).isEqualTo(134_217_728L);

        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        group.close();
        assertThat(directory).doesNotExist();
        assertThat(group.peakBytes()).isZero();
    }
}
