package dev.barista.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.FunctionConfiguration;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a store reported done survives a kill -9 of the process (SIGKILL: no shutdown hook, no close). */
class DatabaseCrashTest {
    private static final int REPORTED_BEFORE_KILL = 300;

    @TempDir
    Path dataDirectory;

    @Test
    void everyReportedCreateIsFoundAfterTheProcessIsKilled() throws IOException, InterruptedException {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), dataDirectory.toString())
                .redirectError(Redirect.DISCARD).start();
        var reported = new ArrayList<String>();
        try (var output = process.inputReader()) {
            for (var line = output.readLine(); line != null && reported.size() < REPORTED_BEFORE_KILL;
                 line = output.readLine()) {
                reported.add(line);
            }
            process.destroyForcibly();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(reported).hasSize(REPORTED_BEFORE_KILL);
        // Killed before closing: the last commits are only in the write-ahead log, which opening recovers.
        assertThat(dataDirectory.resolve(Database.FILE_NAME + "-wal")).satisfies(wal -> assertThat(Files.size(wal))
                .isPositive());
        try (var database = Database.open(dataDirectory)) {
            var store = new SqliteFunctionStore(database);
            assertThat(reported).allSatisfy(name ->
                    assertThat(store.find(name, FunctionConfiguration.LATEST)).isPresent());
        }
    }
}
