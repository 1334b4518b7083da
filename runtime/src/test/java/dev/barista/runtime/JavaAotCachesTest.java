package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.Runtime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JVM start records, uses or goes without an AOT cache; no JVM is started here. */
class JavaAotCachesTest {
    private static final Interpreters.Jdk JDK = new Interpreters.Jdk(Path.of("/jvm/25"), 25);
    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-cp", "/ric.jar");

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

        assertThat(caches.plan(key("r1"), JDK, OPTIONS)).isInstanceOf(AotPlan.Record.class);
        assertThat(caches.plan(key("r1"), JDK, OPTIONS)).isEqualTo(new AotPlan.None());
        assertThat(caches.plan(key("r2"), JDK, OPTIONS)).isInstanceOf(AotPlan.Record.class);
    }

    @Test
    void aRecordingThatWroteNothingIsRetriedOnceThenGivenUp() {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));

        for (int attempt = 0; attempt < 2; attempt++) {
            AotPlan plan = caches.plan(key("r1"), JDK, OPTIONS);
            assertThat(plan).isInstanceOf(AotPlan.Record.class);
            plan.recording().orElseThrow().processEnded();
        }

        assertThat(caches.plan(key("r1"), JDK, OPTIONS)).isEqualTo(new AotPlan.None());
    }

    @Test
    void anExistingCacheIsUsed() throws IOException {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));
        Path cache = Files.writeString(caches.cacheFile(key("r1")), "cache");

        assertThat(caches.plan(key("r1"), JDK, OPTIONS)).isEqualTo(new AotPlan.Use(cache));
    }

    @Test
    void recordingOptionsKeepTheJvmsAotLoggingOutOfTheFunctionsLog() {
        caches = new JavaAotCaches(directory, Duration.ofSeconds(1));

        assertThat(caches.plan(key("r1"), JDK, OPTIONS).options()).contains("-XX:AOTMode=record",
                "-Xlog:aot*=off,cds*=off");
    }

    @Test
    void theKeyChangesWithTheRevisionAndKeepsTheFunctionAndVersionAsPrefix() {
        assertThat(key("r1").stem()).isNotEqualTo(key("r2").stem()).startsWith("f-_LATEST-");
        assertThat(key("r1").prefix()).isEqualTo(key("r2").prefix());
        assertThat(key("r1").stem().length() - key("r1").prefix().length()).isEqualTo(AotCacheKey.ANY_DIGEST.length());
    }
}
