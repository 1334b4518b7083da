package dev.barista.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.barista.core.function.Architecture;
import dev.barista.core.function.CodeArtifact;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionState;
import dev.barista.core.function.LastUpdateStatus;
import dev.barista.core.function.Runtime;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path temporaryDirectory;

    @Test
    void theDatabaseFileIsCreatedInTheDataDirectory() {
        var dataDirectory = temporaryDirectory.resolve("data/node-1");

        try (var database = Database.open(dataDirectory)) {
            assertThat(database.file()).isEqualTo(dataDirectory.resolve("barista.db").toAbsolutePath()).exists();
        }
    }

    @Test
    void everyConnectionLogsAheadAndEnforcesForeignKeysAndSyncsFully() {
        try (var database = Database.open(temporaryDirectory, 2)) {
            for (int read = 0; read < 4; read++) {
                assertThat(database.read(DatabaseTest::settings)).isEqualTo("wal 1 2");
            }
            assertThat(database.write(DatabaseTest::settings)).isEqualTo("wal 1 2");
        }
    }

    @Test
    void committedWritesAreFoundAfterReopening() {
        var latest = new FunctionConfiguration("orders", FunctionConfiguration.LATEST, Runtime.JAVA21, "role",
                "example.Handler", "", 3, 128, 512, Map.of("KEY", "value"), Architecture.X86_64,
                new CodeArtifact("sha", 10, 20), Instant.parse("2026-11-22T10:15:30.123Z"), "revision",
                FunctionState.ACTIVE, LastUpdateStatus.SUCCESSFUL);
        try (var database = Database.open(temporaryDirectory)) {
            new SqliteFunctionStore(database).create(latest, Map.of("team", "a"));
        }

        try (var database = Database.open(temporaryDirectory)) {
            var store = new SqliteFunctionStore(database);
            assertThat(store.find("orders", FunctionConfiguration.LATEST)).contains(latest);
            assertThat(store.tags("orders")).isEqualTo(Map.of("team", "a"));
        }
    }

    @Test
    void aWriteThatThrowsIsRolledBack() {
        try (var database = Database.open(temporaryDirectory)) {
            assertThatThrownBy(() -> database.write(connection -> {
                Sql.update(connection, "INSERT INTO function (name) VALUES ('orders')");
                throw new IllegalStateException("failed half-way");
            })).hasMessage("failed half-way");

            List<String> names = database.read(connection -> Sql.query(connection, "SELECT name FROM function",
                    row -> row.getString(1)));
            assertThat(names).isEmpty();
        }
    }

    @Test
    void everyReadConnectionSeesACommittedWrite() {
        try (var database = Database.open(temporaryDirectory, 3)) {
            for (int write = 0; write < 5; write++) {
                var name = "function-" + write;
                database.write(connection -> Sql.update(connection, "INSERT INTO function (name) VALUES (?)", name));
                for (int read = 0; read < 3; read++) {
                    Optional<Boolean> found = database.read(connection -> Sql.queryFirst(connection,
                            "SELECT 1 FROM function WHERE name = ?", row -> true, name));
                    assertThat(found).isPresent();
                }
            }
        }
    }

    @Test
    void aClosedDatabaseRefusesWork() {
        var database = Database.open(temporaryDirectory);
        database.close();
        database.close();

        assertThatThrownBy(() -> database.read(connection -> 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> database.write(connection -> 1)).isInstanceOf(IllegalStateException.class);
    }

    private static String settings(Connection connection) throws SQLException {
        return Sql.queryFirst(connection, "SELECT journal_mode, foreign_keys, synchronous"
                        + " FROM pragma_journal_mode, pragma_foreign_keys, pragma_synchronous",
                row -> row.getString(1) + " " + row.getInt(2) + " " + row.getInt(3)).orElseThrow();
    }
}
