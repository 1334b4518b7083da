package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessLauncherConfigTest {
    private static final Path WORK = Path.of("/data/runtime");

    @Test
    void defaults() {
        ProcessLauncherConfig config = ProcessLauncherConfig.defaults(WORK);

        assertThat(config.workDirectory()).isEqualTo(WORK);
        assertThat(config.javaHomes()).isEmpty();
        assertThat(config.javaSearchDirectories()).containsExactly(Path.of("/usr/lib/jvm"));
        assertThat(config.nodeExecutable()).isNull();
        assertThat(config.pythonExecutables()).isEmpty();
        assertThat(config.executableSearchPath()).isNotEmpty();
        assertThat(config.memoryEnforcement()).isEqualTo(MemoryEnforcement.AUTO);
        assertThat(config.memoryWatchdogInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.filesystemIsolation()).isEqualTo(FilesystemIsolation.AUTO);
        assertThat(config.javaAotCache()).isTrue();
        assertThat(config.outputDrainTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.aotRecordingGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.standbyProcesses()).isEqualTo(2);
        assertThat(config.codeRoot()).isNull();
    }

    @Test
    void everySettingCanBeReplaced() {
        ProcessLauncherConfig config = ProcessLauncherConfig.defaults(WORK)
                .withJavaHomes(Map.of(21, Path.of("/opt/jdk-21")))
                .withJavaSearchDirectories(List.of(Path.of("/opt/jvms")))
                .withNodeExecutable(Path.of("/opt/node/bin/node"))
                .withPythonExecutables(Map.of("3.12", Path.of("/opt/python3.12")))
                .withExecutableSearchPath(List.of(Path.of("/opt/bin")))
                .withMemoryEnforcement(MemoryEnforcement.WATCHDOG)
                .withMemoryWatchdogInterval(Duration.ofMillis(20))
                .withFilesystemIsolation(FilesystemIsolation.NONE)
                .withJavaAotCache(false)
                .withOutputDrainTimeout(Duration.ofMillis(300))
                .withAotRecordingGrace(Duration.ofSeconds(3))
                .withStandbyProcesses(0)
                .withCodeRoot(Path.of("/data/code"));

        assertThat(config).isEqualTo(new ProcessLauncherConfig(WORK, Map.of(21, Path.of("/opt/jdk-21")),
                List.of(Path.of("/opt/jvms")), Path.of("/opt/node/bin/node"),
                Map.of("3.12", Path.of("/opt/python3.12")), List.of(Path.of("/opt/bin")), MemoryEnforcement.WATCHDOG,
                Duration.ofMillis(20), FilesystemIsolation.NONE, false, Duration.ofMillis(300),
                Duration.ofSeconds(3), 0, Path.of("/data/code")));
    }

    @Test
    void refusesDurationsThatAreNotPositive() {
        assertThatThrownBy(() -> ProcessLauncherConfig.defaults(WORK).withOutputDrainTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
