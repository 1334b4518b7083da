package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Runtime;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpretersTest {
    private final Interpreters interpreters = new Interpreters(
            Map.of(17, Path.of("/jvm/17"), 25, Path.of("/jvm/25")),
            Map.of(20, Path.of("/usr/bin/node")),
            Map.of("3.11", Path.of("/usr/bin/python3.11")));

    @Test
    void aJavaRuntimeRunsOnTheClosestJdkAtOrAboveItsVersion() {
        assertThat(interpreters.jdk(Runtime.JAVA17)).contains(new Interpreters.Jdk(Path.of("/jvm/17"), 17));
        assertThat(interpreters.jdk(Runtime.JAVA21)).contains(new Interpreters.Jdk(Path.of("/jvm/25"), 25));
    }

    @Test
    void reportsOnlyRuntimesWhoseInterpreterExists() {
        assertThat(interpreters.installedRuntimes()).containsExactlyInAnyOrder(Runtime.JAVA17, Runtime.JAVA21,
                Runtime.JAVA25, Runtime.NODEJS20, Runtime.PYTHON311, Runtime.PROVIDED, Runtime.PROVIDED_AL2,
                Runtime.PROVIDED_AL2023);
    }

    @Test
    void withoutInterpretersOnlyTheOsOnlyRuntimesAreInstalled() {
        assertThat(new Interpreters(Map.of(), Map.of(), Map.of()).installedRuntimes())
                .containsExactlyInAnyOrder(Runtime.PROVIDED, Runtime.PROVIDED_AL2, Runtime.PROVIDED_AL2023);
    }
}
