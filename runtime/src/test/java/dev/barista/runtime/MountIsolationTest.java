package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountIsolationTest {
    private final MountIsolation isolation = new MountIsolation(Path.of("/usr/bin/unshare"), Path.of("/usr/bin/mount"));

    @Test
    void runsTheScriptInAPrivateMountNamespace() {
        assertThat(isolation.prefix()).containsExactly("/usr/bin/unshare", "--mount", "--propagation", "private", "--");
    }

    @Test
    void coversSlashTmpAndMakesTheCodeReadOnly() {
        assertThat(isolation.steps(Path.of("/data/code/abc"), Path.of("/data/work/environments/e/tmp"),
                List.of(Path.of("/data/work"), Path.of("/usr/lib/jvm/jdk-25")))).containsExactly(
                "cd /tmp",
                "/usr/bin/mount --no-canonicalize --bind '/data/work/environments/e/tmp' '/tmp'",
                "/usr/bin/mount --no-canonicalize --bind -o ro '/data/code/abc' '/data/code/abc'",
                "cd '/data/code/abc'");
    }

    @Test
    void bindsBackTheOutermostHostPathsThatLieUnderSlashTmp() {
        assertThat(isolation.steps(Path.of("/tmp/data/code/abc"), Path.of("/tmp/data/work/environments/e/tmp"),
                List.of(Path.of("/tmp/data/work"), Path.of("/tmp/data"), Path.of("/tmp/other/it's")))).containsExactly(
                "cd /tmp",
                "/usr/bin/mount --no-canonicalize --bind '/tmp/data/work/environments/e/tmp' '/tmp'",
                "mkdir -p '/tmp/data'",
                "/usr/bin/mount --no-canonicalize --bind './data' '/tmp/data'",
                "mkdir -p '/tmp/other/it'\\''s'",
                "/usr/bin/mount --no-canonicalize --bind './other/it'\\''s' '/tmp/other/it'\\''s'",
                "/usr/bin/mount --no-canonicalize --bind -o ro '/tmp/data/code/abc' '/tmp/data/code/abc'",
                "cd '/tmp/data/code/abc'");
    }

    @Test
    void aCodeDirectoryUnderSlashTmpThatNoHostPathBringsBackIsMountedReadOnlyFromTheHostsSlashTmp() {
        assertThat(isolation.code(Path.of("/tmp/junit-1/code"), List.of(Path.of("/data/work")))).containsExactly(
                "mkdir -p '/tmp/junit-1/code'",
                "/usr/bin/mount --no-canonicalize --bind -o ro './junit-1/code' '/tmp/junit-1/code'",
                "cd '/tmp/junit-1/code'");
    }

    @Test
    void theStepsSplitIntoWhatPrecedesTheFunctionAndWhatDependsOnItsCode() {
        List<Path> hostPaths = List.of(Path.of("/tmp/data/work"));
        Path code = Path.of("/tmp/data/work/code/abc");
        Path temporary = Path.of("/tmp/data/work/environments/e/tmp");

        assertThat(isolation.prepare(temporary, hostPaths)).containsExactly(
                "cd /tmp",
                "/usr/bin/mount --no-canonicalize --bind '/tmp/data/work/environments/e/tmp' '/tmp'",
                "mkdir -p '/tmp/data/work'",
                "/usr/bin/mount --no-canonicalize --bind './data/work' '/tmp/data/work'");
        assertThat(isolation.code(code, hostPaths)).containsExactly(
                "/usr/bin/mount --no-canonicalize --bind -o ro '/tmp/data/work/code/abc' '/tmp/data/work/code/abc'",
                "cd '/tmp/data/work/code/abc'");
    }
}
