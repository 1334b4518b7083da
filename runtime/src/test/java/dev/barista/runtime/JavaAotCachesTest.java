package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.Runtime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JVM start records, uses or goes without an AOT cache; no JVM is started here. */
class JavaAotCachesTest {
    private static final Interpreters.Jdk JDK = new Interpreters.Jdk(Path.of("/jvm/25"), 25);
    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-cp", "/ric.jar");
    private static final Optional<Path> NO_CLIENT_CACHE = Optional.empty();
    private static final Optional<Path> CLIENT_CACHE = Optional.of(Path.of("/caches/client.aot"));

    @TempDir
    Path directory;

    private JavaAotCaches caches;

    @AfterEach
    void close() {
        if (caches != null) {
            caches.close();
        }
    }

    private static AotCacheKey key(String revision) {
        FunctionConfiguration function = TestFunctions.function("f", Runtime.JAVA25, "h", 128)
                .withVersion("$LATEST", revision, java.time.Instant.EPOCH);
        return AotCacheKey.of(function, JDK, OPTIONS);
    }

    @Test
    void theFirstStartRecordsAndTheOthersGoWithoutMeanwhile() {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));

        assertThat(caches.plan(key("r1"), JDK, OPTIONS, NO_CLIENT_CACHE, false)).isInstanceOf(AotPlan.Record.class);
        assertThat(caches.plan(key("r1"), JDK, OPTIONS, NO_CLIENT_CACHE, false)).isEqualTo(new AotPlan.None());
        assertThat(caches.plan(key("r2"), JDK, OPTIONS, NO_CLIENT_CACHE, false)).isInstanceOf(AotPlan.Record.class);
    }

    @Test
    void aRecordingThatWroteNothingIsRetriedOnceThenGivenUp() {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));

        for (int attempt = 0; attempt < 2; attempt++) {
            AotPlan plan = caches.plan(key("r1"), JDK, OPTIONS, NO_CLIENT_CACHE, false);
            assertThat(plan).isInstanceOf(AotPlan.Record.class);
            plan.recording().orElseThrow().processEnded();
        }

        assertThat(caches.plan(key("r1"), JDK, OPTIONS, NO_CLIENT_CACHE, false)).isEqualTo(new AotPlan.None());
    }

    @Test
    void anExistingCacheIsUsed() throws IOException {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));
        Path cache = Files.writeString(caches.cacheFile(key("r1")), "cache");

        assertThat(caches.plan(key("r1"), JDK, OPTIONS, NO_CLIENT_CACHE, false)).isEqualTo(new AotPlan.Use(cache));
    }

    @Test
    void recordingOptionsKeepTheJvmsAotLoggingOutOfTheFunctionsLog() {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));

        assertThat(caches.plan(key("r1"), JDK, OPTIONS, NO_CLIENT_CACHE, false).options()).contains("-XX:AOTMode=record",
                "-Xlog:aot*=off,cds*=off");
    }

    @Test
    void withTheClientsCacheAFunctionWithoutJarsNeverRecords() {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));

        for (int start = 0; start < 3; start++) {
            assertThat(caches.plan(key("r1"), JDK, OPTIONS, CLIENT_CACHE, false))
                    .isEqualTo(new AotPlan.Use(CLIENT_CACHE.orElseThrow()));
        }
    }

    @Test
    void withTheClientsCacheAFunctionWithJarsStartsFromItFirstThenRecordsItsOwn() {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));

        assertThat(caches.plan(key("r1"), JDK, OPTIONS, CLIENT_CACHE, true))
                .isEqualTo(new AotPlan.Use(CLIENT_CACHE.orElseThrow()));
        assertThat(caches.plan(key("r1"), JDK, OPTIONS, CLIENT_CACHE, true)).isInstanceOf(AotPlan.Record.class);
        assertThat(caches.plan(key("r1"), JDK, OPTIONS, CLIENT_CACHE, true))
                .as("while the second one records").isEqualTo(new AotPlan.Use(CLIENT_CACHE.orElseThrow()));
        assertThat(caches.plan(key("r2"), JDK, OPTIONS, CLIENT_CACHE, true))
                .as("a new revision starts over").isEqualTo(new AotPlan.Use(CLIENT_CACHE.orElseThrow()));
    }

    @Test
    void aFunctionsOwnCacheWinsOverTheClientsCache() throws IOException {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));
        Path cache = Files.writeString(caches.cacheFile(key("r1")), "cache");

        assertThat(caches.plan(key("r1"), JDK, OPTIONS, CLIENT_CACHE, true)).isEqualTo(new AotPlan.Use(cache));
    }

    @Test
    void aFailedRecordingLeavesTheClientsCacheInUse() {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));
        caches.plan(key("r1"), JDK, OPTIONS, CLIENT_CACHE, true);

        for (int attempt = 0; attempt < 2; attempt++) {
            AotPlan plan = caches.plan(key("r1"), JDK, OPTIONS, CLIENT_CACHE, true);
            assertThat(plan).isInstanceOf(AotPlan.Record.class);
            plan.recording().orElseThrow().processEnded();
        }

        assertThat(caches.plan(key("r1"), JDK, OPTIONS, CLIENT_CACHE, true))
                .isEqualTo(new AotPlan.Use(CLIENT_CACHE.orElseThrow()));
    }

    @Test
    void theKeyChangesWithTheRevisionAndKeepsTheFunctionAndVersionAsPrefix() {
        assertThat(key("r1").stem()).isNotEqualTo(key("r2").stem()).startsWith("f-_LATEST-");
        assertThat(key("r1").prefix()).isEqualTo(key("r2").prefix());
        assertThat(key("r1").stem().length() - key("r1").prefix().length()).isEqualTo(AotCacheKey.ANY_DIGEST.length());
    }

    @Test
    void retainOnlyDeletesTheCacheConfigurationAndPartialCacheOfEveryOtherKey() throws IOException {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));
        Path kept = Files.writeString(caches.cacheFile(key("r1")), "cache");
        String dropped = key("r2").stem();
        for (String extension : List.of(".aot", ".aotconf", ".aot.part")) {
            Files.writeString(directory.resolve(dropped + extension), "x");
        }
        Path unrelated = Files.writeString(directory.resolve("notes.txt"), "not a cache");

        caches.retainOnly(Set.of(key("r1")));

        try (var files = Files.list(directory)) {
            assertThat(files).containsExactlyInAnyOrder(kept, unrelated);
        }
    }

    @Test
    void anAssemblyThatEndsAfterItsKeyWasDroppedLeavesNoCache() throws Exception {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));
        Interpreters.Jdk gatedJdk = gatedJdk();
        Files.writeString(directory.resolve(key("r1").stem() + ".aotconf"), "recorded");

        assertThat(caches.plan(key("r1"), gatedJdk, OPTIONS, NO_CLIENT_CACHE, false)).isEqualTo(new AotPlan.None());
        awaitFile(gate.resolve("started"));
        caches.retainOnly(Set.of());
        Files.createFile(gate.resolve("open"));

        assertThat(caches.awaitBackgroundWork(Duration.ofSeconds(30))).isTrue();
        assertThat(caches.cacheFile(key("r1"))).doesNotExist();
        assertThat(directory.resolve(key("r1").stem() + ".aotconf")).doesNotExist();
    }

    @Test
    void anAssemblyOfAKeptKeyLeavesItsCache() throws Exception {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));
        Interpreters.Jdk gatedJdk = gatedJdk();
        Files.writeString(directory.resolve(key("r1").stem() + ".aotconf"), "recorded");

        caches.plan(key("r1"), gatedJdk, OPTIONS, NO_CLIENT_CACHE, false);
        awaitFile(gate.resolve("started"));
        caches.retainOnly(Set.of(key("r1")));
        Files.createFile(gate.resolve("open"));

        assertThat(caches.awaitBackgroundWork(Duration.ofSeconds(30))).isTrue();
        assertThat(caches.cacheFile(key("r1"))).hasContent("assembled");
    }

    @TempDir
    Path gate;

    /**
     * A JDK whose {@code java} says it started and, once the test opens the gate, writes the cache it is asked to
     * assemble.
     */
    private Interpreters.Jdk gatedJdk() throws IOException {
        Path bin = Files.createDirectories(gate.resolve("jdk/bin"));
        Path java = Files.writeString(bin.resolve("java"), """
                #!/bin/sh
                for argument in "$@"; do
                    case "$argument" in -XX:AOTCache=*) cache="${argument#-XX:AOTCache=}" ;; esac
                done
                touch '%1$s/started'
                while [ ! -e '%1$s/open' ]; do sleep 0.01; done
                echo assembled > "$cache"
                """.formatted(gate));
        java.toFile().setExecutable(true);
        return new Interpreters.Jdk(gate.resolve("jdk"), 25);
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as("%s never appeared", file).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
