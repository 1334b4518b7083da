package dev.barista.storage.sqlite;

import dev.barista.core.error.BaristaException;
import dev.barista.core.function.Alias;
import dev.barista.core.function.FunctionConfiguration;
import dev.barista.core.function.FunctionStore;
import dev.barista.core.function.Page;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link FunctionStore} in the embedded SQLite {@link Database}. Each method is one transaction, committed
 * durably before it returns; compare-and-set replacements are single conditional UPDATEs. Thread-safe.
 *
 * <p>Beyond the SPI: {@link #nextVersionNumber} of a missing function throws RESOURCE_NOT_FOUND; inserting a
 * version or alias of a missing function returns false; tags and concurrency put on a missing function are
 * dropped (as if the function had been deleted right after); a malformed marker is INVALID_PARAMETER_VALUE.
 */
public final class SqliteFunctionStore implements FunctionStore {
    private static final String SELECT_VERSIONS = "SELECT " + FunctionVersionRows.COLUMNS + " FROM function_version";

    private final Database database;
    private final SqliteAliases aliases;
    private final SqliteFunctionSettings settings;

    /** A store in the given database, which the caller opens and closes. */
    public SqliteFunctionStore(Database database) {
        this.database = database;
        this.aliases = new SqliteAliases(database);
        this.settings = new SqliteFunctionSettings(database);
    }

    @Override
    public boolean create(FunctionConfiguration latest, Map<String, String> tags) {
        requireLatest(latest);
        return database.write(connection -> {
            if (Sql.update(connection, "INSERT INTO function (name) VALUES (?) ON CONFLICT DO NOTHING",
                    latest.functionName()) == 0) {
                return false;
            }
            insertVersionRow(connection, latest, VersionNumbers.LATEST);
            SqliteFunctionSettings.putTags(connection, latest.functionName(), tags);
            return true;
        });
    }

    @Override
    public Optional<FunctionConfiguration> find(String functionName, String version) {
        long number = VersionNumbers.of(version);
        if (number < 0) {
            return Optional.empty();
        }
        return database.read(connection -> Sql.queryFirst(connection,
                SELECT_VERSIONS + " WHERE function_name = ? AND version_number = ?", FunctionVersionRows::read,
                functionName, number));
    }

    @Override
    public boolean replaceLatest(FunctionConfiguration latest, String expectedRevisionId) {
        requireLatest(latest);
        var values = FunctionVersionRows.values(latest, VersionNumbers.LATEST);
        var parameters = new Object[values.length + 2];
        System.arraycopy(values, 0, parameters, 0, values.length);
        parameters[values.length] = latest.functionName();
        parameters[values.length + 1] = expectedRevisionId;
        return database.write(connection -> Sql.update(connection, "UPDATE function_version SET ("
                + FunctionVersionRows.COLUMNS + ") = (" + FunctionVersionRows.PLACEHOLDERS + ")"
                + " WHERE function_name = ? AND version_number = 0 AND revision_id = ?", parameters) == 1);
    }

    @Override
    public long nextVersionNumber(String functionName) {
        return database.write(connection -> Sql.queryFirst(connection,
                        "UPDATE function SET last_version_number = last_version_number + 1 WHERE name = ?"
                                + " RETURNING last_version_number", row -> row.getLong(1), functionName))
                .orElseThrow(() -> BaristaException.notFound("Function not found: " + functionName));
    }

    @Override
    public boolean insertVersion(FunctionConfiguration version) {
        long number = VersionNumbers.ofPublished(version.version());
        return database.write(connection -> exists(connection, version.functionName())
                && insertVersionRow(connection, version, number));
    }

    @Override
    public Page<FunctionConfiguration> listLatest(String marker, int maxItems) {
        var after = marker == null ? "" : Markers.decode(marker);
        var rows = database.read(connection -> Sql.query(connection, SELECT_VERSIONS
                        + " WHERE version_number = 0 AND function_name > ? ORDER BY function_name LIMIT ?",
                FunctionVersionRows::read, after, Pages.rowsToRead(maxItems)));
        return Pages.of(rows, maxItems, FunctionConfiguration::functionName);
    }

    @Override
    public Page<FunctionConfiguration> listVersions(String functionName, String marker, int maxItems) {
        long after = marker == null ? -1 : VersionNumbers.of(Markers.decode(marker));
        if (marker != null && after < 0) {
            throw Markers.invalid();
        }
        var rows = database.read(connection -> Sql.query(connection, SELECT_VERSIONS
                        + " WHERE function_name = ? AND version_number > ? ORDER BY version_number LIMIT ?",
                FunctionVersionRows::read, functionName, after, Pages.rowsToRead(maxItems)));
        return Pages.of(rows, maxItems, FunctionConfiguration::version);
    }

    @Override
    public boolean delete(String functionName) {
        // The foreign keys cascade to versions, aliases and tags.
        return database.write(connection -> Sql.update(connection, "DELETE FROM function WHERE name = ?",
                functionName) == 1);
    }

    @Override
    public boolean deleteVersion(String functionName, String version) {
        long number = VersionNumbers.ofPublished(version);
        return database.write(connection -> Sql.update(connection,
                "DELETE FROM function_version WHERE function_name = ? AND version_number = ?", functionName,
                number) == 1);
    }

    @Override
    public boolean createAlias(Alias alias) {
        return aliases.create(alias);
    }

    @Override
    public Optional<Alias> findAlias(String functionName, String aliasName) {
        return aliases.find(functionName, aliasName);
    }

    @Override
    public boolean replaceAlias(Alias alias, String expectedRevisionId) {
        return aliases.replace(alias, expectedRevisionId);
    }

    @Override
    public boolean deleteAlias(String functionName, String aliasName) {
        return aliases.delete(functionName, aliasName);
    }

    @Override
    public Page<Alias> listAliases(String functionName, String functionVersion, String marker, int maxItems) {
        return aliases.list(functionName, functionVersion, marker, maxItems);
    }

    @Override
    public void putReservedConcurrency(String functionName, int reservedConcurrentExecutions) {
        settings.putReservedConcurrency(functionName, reservedConcurrentExecutions);
    }

    @Override
    public void deleteReservedConcurrency(String functionName) {
        settings.deleteReservedConcurrency(functionName);
    }

    @Override
    public Map<String, Integer> reservedConcurrencies() {
        return settings.reservedConcurrencies();
    }

    @Override
    public Map<String, String> tags(String functionName) {
        return settings.tags(functionName);
    }

    @Override
    public void putTags(String functionName, Map<String, String> tags) {
        settings.putTags(functionName, tags);
    }

    @Override
    public void removeTags(String functionName, Collection<String> keys) {
        settings.removeTags(functionName, keys);
    }

    @Override
    public AccountUsage usage() {
        return database.read(connection -> Sql.queryFirst(connection, "SELECT (SELECT count(*) FROM function),"
                        + " (SELECT coalesce(sum(code_size_bytes), 0) FROM function_version)",
                row -> new AccountUsage(row.getLong(1), row.getLong(2))).orElseThrow());
    }

    /** Whether a function exists, read inside the caller's transaction. */
    static boolean exists(Connection connection, String functionName) throws SQLException {
        return Sql.queryFirst(connection, "SELECT 1 FROM function WHERE name = ?", row -> true, functionName)
                .isPresent();
    }

    private static boolean insertVersionRow(Connection connection, FunctionConfiguration configuration, long number)
            throws SQLException {
        return Sql.update(connection, "INSERT INTO function_version (" + FunctionVersionRows.COLUMNS + ") VALUES ("
                + FunctionVersionRows.PLACEHOLDERS + ") ON CONFLICT DO NOTHING",
                FunctionVersionRows.values(configuration, number)) == 1;
    }

    private static void requireLatest(FunctionConfiguration configuration) {
        if (!configuration.isLatest()) {
            throw new IllegalArgumentException("Expected $LATEST, got version " + configuration.version());
        }
    }
}
