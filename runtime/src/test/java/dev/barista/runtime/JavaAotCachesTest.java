package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.Runtime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
}
