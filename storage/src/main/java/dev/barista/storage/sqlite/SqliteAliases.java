package dev.barista.storage.sqlite;

import dev.barista.core.function.Alias;
import dev.barista.core.function.Page;
import java.util.Optional;

/** The alias operations of {@link SqliteFunctionStore}, on the {@code alias} table. Thread-safe. */
final class SqliteAliases {
    private static final String SELECT_ALIASES = "SELECT " + AliasRows.COLUMNS + " FROM alias";

    private final Database database;

    SqliteAliases(Database database) {
        this.database = database;
    }

    boolean create(Alias alias) {
        return database.write(connection -> SqliteFunctionStore.exists(connection, alias.functionName())
                && Sql.update(connection, "INSERT INTO alias (" + AliasRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", AliasRows.values(alias)) == 1);
    }

    Optional<Alias> find(String functionName, String aliasName) {
        return database.read(connection -> Sql.queryFirst(connection,
                SELECT_ALIASES + " WHERE function_name = ? AND name = ?", AliasRows::read, functionName, aliasName));
    }

    boolean replace(Alias alias, String expectedRevisionId) {
        var values = AliasRows.values(alias);
        return database.write(connection -> Sql.update(connection, "UPDATE alias SET (" + AliasRows.COLUMNS
                        + ") = (?, ?, ?, ?, ?, ?) WHERE function_name = ? AND name = ? AND revision_id = ?",
                values[0], values[1], values[2], values[3], values[4], values[5], alias.functionName(), alias.name(),
                expectedRevisionId) == 1);
    }

    boolean delete(String functionName, String aliasName) {
        return database.write(connection -> Sql.update(connection,
                "DELETE FROM alias WHERE function_name = ? AND name = ?", functionName, aliasName) == 1);
    }

    Page<Alias> list(String functionName, String functionVersion, String marker, int maxItems) {
        var after = marker == null ? "" : Markers.decode(marker);
        var rows = database.read(connection -> Sql.query(connection, SELECT_ALIASES
                        + " WHERE function_name = ?1 AND name > ?2 AND (?3 IS NULL OR function_version = ?3)"
                        + " ORDER BY name LIMIT ?4",
                AliasRows::read, functionName, after, functionVersion, Pages.rowsToRead(maxItems)));
        return Pages.of(rows, maxItems, Alias::name);
    }
}
