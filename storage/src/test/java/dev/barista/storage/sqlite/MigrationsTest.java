package dev.barista.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dataDirectory;

    @Test
    void openingAgainAppliesNothingTwiceAndKeepsTheData() {
        try (var database = Database.open(dataDirectory)) {
            database.write(connection -> Sql.update(connection, "INSERT INTO function (name) VALUES ('orders')"));
        }

        try (var database = Database.open(dataDirectory)) {
            List<Integer> versions = database.read(connection -> Sql.query(connection,
                    "SELECT version FROM schema_version ORDER BY version", row -> row.getInt(1)));
            List<String> names = database.read(connection -> Sql.query(connection, "SELECT name FROM function",
                    row -> row.getString(1)));
            assertThat(versions).containsExactlyElementsOf(java.util.stream.IntStream
                    .rangeClosed(1, Migrations.FILE_NAMES.size()).boxed().toList());
            assertThat(names).containsExactly("orders");
        }
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefused() throws SQLException {
        Database.open(dataDirectory).close();
        execute("INSERT INTO schema_version (version, description, checksum) VALUES (99, 'future', 0)");

        assertThatThrownBy(() -> Database.open(dataDirectory)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void aMigrationChangedAfterItWasAppliedIsRefused() throws SQLException {
        Database.open(dataDirectory).close();
        execute("UPDATE schema_version SET checksum = checksum + 1 WHERE version = 1");

        assertThatThrownBy(() -> Database.open(dataDirectory)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V1 changed");
    }

    @Test
    void aFailingMigrationLeavesNoneOfItsStatementsApplied() throws SQLException {
        var good = new Migration(1, "good", "CREATE TABLE first (id INTEGER);", 1);
        var bad = new Migration(2, "bad", "CREATE TABLE second (id INTEGER);\nCREATE TABLE broken (;", 2);
        try (var connection = connect()) {
            assertThatThrownBy(() -> Migrations.apply(connection, List.of(good, bad)))
                    .isInstanceOf(SQLException.class);

            assertThat(tables(connection)).contains("first").doesNotContain("second");
            assertThat(Sql.query(connection, "SELECT version FROM schema_version", row -> row.getInt(1)))
                    .containsExactly(1);
        }
    }

    @Test
    void statementsEndWithASemicolonAtTheEndOfALine() {
        var migration = new Migration(1, "split", """
                -- a comment; with a semicolon
                CREATE TABLE a (text TEXT DEFAULT ';');
                CREATE TABLE b (
                    id INTEGER
                ) STRICT;
                """, 0);

        assertThat(migration.statements()).containsExactly("CREATE TABLE a (text TEXT DEFAULT ';')",
                "CREATE TABLE b (\n    id INTEGER\n) STRICT");
    }

    @Test
    void everyMigrationResourceIsListedInOrder() throws IOException, URISyntaxException {
        var directory = Path.of(getClass().getResource("/db/migration").toURI());
        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(Migrations.FILE_NAMES);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDirectory.resolve(Database.FILE_NAME));
    }

    private void execute(String sql) throws SQLException {
        try (var connection = connect()) {
            Sql.update(connection, sql);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        return Sql.query(connection, "SELECT name FROM sqlite_master WHERE type = 'table'", row -> row.getString(1));
    }
}
