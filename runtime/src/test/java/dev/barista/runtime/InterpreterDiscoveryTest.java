package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpreterDiscoveryTest {

    @TempDir
    Path jvms;

    private Path jdk(String name, String javaVersion) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return home;
    }

    @Test
    void readsTheFeatureVersionOfAJdkFromItsReleaseFile() throws IOException {
        assertThat(InterpreterDiscovery.featureVersion(jdk("a", "17.0.13"))).contains(17);
        assertThat(InterpreterDiscovery.featureVersion(jdk("b", "25"))).contains(25);
        assertThat(InterpreterDiscovery.featureVersion(jdk("c", "1.8.0_412"))).contains(8);
        assertThat(InterpreterDiscovery.featureVersion(jvms)).isEmpty();
    }

    @Test
    void findsJdksInTheSearchDirectoriesAndTakesExplicitHomesFirst() throws IOException {
        Path seventeen = jdk("jdk-17", "17.0.2");
        jdk("jdk-21", "21.0.5");
        ProcessLauncherConfig config = ProcessLauncherConfig.defaults(jvms).withJavaSearchDirectories(List.of(jvms))
                .withJavaHomes(Map.of(21, Path.of("/opt/jdk-21")));

        Map<Integer, Path> homes = InterpreterDiscovery.jdks(config);

        assertThat(homes).containsEntry(17, seventeen.toRealPath()).containsEntry(21, Path.of("/opt/jdk-21"));
    }

    @Test
    void findsNoNodeOrPythonOnAnEmptySearchPath() throws Exception {
        ProcessLauncherConfig config = ProcessLauncherConfig.defaults(jvms).withExecutableSearchPath(List.of(jvms));

        assertThat(InterpreterDiscovery.nodes(config)).isEmpty();
        assertThat(InterpreterDiscovery.pythons(config)).isEmpty();
    }
}
