package dev.barista.storage.sqlite;

import dev.barista.core.function.Architecture;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionState;
import dev.barista.core.function.LastUpdateStatus;
import dev.barista.core.function.Runtime;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Run in a child JVM by {@link DatabaseCrashTest}: creates functions in the data directory given as argument and
 * prints each name once its create has returned, until it is killed (or has made {@link #LIMIT}).
 */
final class CrashingWriter {
    static final int LIMIT = 100_000;

    private CrashingWriter() {
    }

    public static void main(String[] arguments) {
        var store = new SqliteFunctionStore(Database.open(Path.of(arguments[0])));
        for (int number = 0; number < LIMIT; number++) {
            var name = "function-" + number;
            store.create(latest(name), Map.of());
            System.out.println(name);
            System.out.flush();
        }
    }

    static FunctionConfiguration latest(String name) {
        return new FunctionConfiguration(name, FunctionConfiguration.LATEST, Runtime.NODEJS22, "role", "index.handler",
                "", 3, 128, 512, Map.of(), Architecture.X86_64, new CodeArtifact("sha", 1, 1),
                Instant.parse("2026-11-22T10:15:30Z"), "revision", FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL);
    }
}
