package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the runtime interface client's caches live and when they are made; no JVM is started here. */
class RuntimeClientCachesTest {
    @TempDir
    Path directory;

    private RuntimeFiles files(Path jar) {
        return new RuntimeFiles(directory.resolve("runtime"), directory.resolve("bootstrap.py"),
                directory.resolve("bootstrap.cjs"), directory.resolve("libjni.so"), List.of(jar),
                directory.resolve("python-cache"));
    }

    private Interpreters.Jdk jdk(String name) throws IOException {
        Path home = Files.createDirectories(directory.resolve(name));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\nexit 1\n");
        return new Interpreters.Jdk(home, 25);
    }

    @Test
    void oneCachePerJdkNamedAfterItsHome() throws IOException {
        Path jar = Files.writeString(directory.resolve("client.jar"), "v1");
        try (RuntimeClientCaches caches = new RuntimeClientCaches(directory.resolve("caches"), files(jar))) {
            Path first = caches.cacheFile(jdk("jdk-a"));
            Path second = caches.cacheFile(jdk("jdk-b"));

            assertThat(first).isNotEqualTo(second);
            assertThat(first.getParent()).isEqualTo(directory.resolve("caches"));
            assertThat(first.getFileName().toString()).startsWith(directory.resolve("jdk-a").toString()
                    .replaceAll("[^A-Za-z0-9_.-]", "_") + "-").endsWith(".aot");
        }
    }

    @Test
    void anotherBuildOfTheClientGetsAnotherCache() throws IOException {
        Path jar = Files.writeString(directory.resolve("client.jar"), "v1");
        Path before;
        try (RuntimeClientCaches caches = new RuntimeClientCaches(directory.resolve("caches"), files(jar))) {
            before = caches.cacheFile(jdk("jdk"));
        }
        Files.writeString(jar, "version 2");
        try (RuntimeClientCaches caches = new RuntimeClientCaches(directory.resolve("caches"), files(jar))) {
            assertThat(caches.cacheFile(jdk("jdk"))).isNotEqualTo(before);
        }
    }

    @Test
    void anExistingCacheIsUsedAtOnce() throws IOException {
        Path jar = Files.writeString(directory.resolve("client.jar"), "v1");
        try (RuntimeClientCaches caches = new RuntimeClientCaches(directory.resolve("caches"), files(jar))) {
            Interpreters.Jdk jdk = jdk("jdk");
            Files.writeString(caches.cacheFile(jdk), "cache");

            assertThat(caches.cache(jdk)).contains(caches.cacheFile(jdk));
        }
    }

    @Test
    void aTrainingThatFailsLeavesNoCacheAndIsGivenUpAfterTwoAttempts() throws IOException {
        Path jar = Files.writeString(directory.resolve("client.jar"), "v1");
        try (RuntimeClientCaches caches = new RuntimeClientCaches(directory.resolve("caches"), files(jar))) {
            Interpreters.Jdk jdk = jdk("broken-jdk");

            for (int attempt = 0; attempt < 3; attempt++) {
                assertThat(caches.cache(jdk)).isEmpty();
                assertThat(caches.awaitBackgroundWork(Duration.ofMinutes(1))).isTrue();
            }

            assertThat(caches.cacheFile(jdk)).doesNotExist();
            assertThat(directory.resolve("caches/training")).doesNotExist();
        }
    }
}
