package dev.barista.storage.sqlite;

import dev.barista.core.eventinvoke.EventInvokeConfig;
import dev.barista.core.eventinvoke.EventInvokeConfigStore;
import dev.barista.core.function.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@link EventInvokeConfigStore} in the embedded SQLite {@link Database}, table {@code event_invoke_config}:
 * foreign keys delete a configuration with its function, version or alias. Each method is one transaction,
 * committed durably before it returns. Thread-safe.
 */
public final class SqliteEventInvokeConfigStore implements EventInvokeConfigStore {
    private static final String COLUMNS = "function_name, qualifier, maximum_retry_attempts,"
            + " maximum_event_age_seconds, on_success, on_failure, last_modified_epoch_millis";

    private final Database database;

    /** A store in the given database, which the caller opens and closes. */
    public SqliteEventInvokeConfigStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean put(EventInvokeConfig config) {
        long version = VersionNumbers.of(config.qualifier());
        Long versionNumber = version < 0 ? null : version;
        String aliasName = version < 0 ? config.qualifier() : null;
        // Inserted only when the function and the version or alias exist: a missing one answers false.
        return database.write(connection -> Sql.update(connection, "INSERT INTO event_invoke_config (" + COLUMNS
                        + ", version_number, alias_name) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9"
                        + " WHERE EXISTS (SELECT 1 FROM function_version WHERE function_name = ?1"
                        + " AND version_number = ?8) OR EXISTS (SELECT 1 FROM alias WHERE function_name = ?1"
                        + " AND name = ?9)"
                        + " ON CONFLICT (function_name, qualifier) DO UPDATE SET"
                        + " maximum_retry_attempts = excluded.maximum_retry_attempts,"
                        + " maximum_event_age_seconds = excluded.maximum_event_age_seconds,"
                        + " on_success = excluded.on_success, on_failure = excluded.on_failure,"
                        + " last_modified_epoch_millis = excluded.last_modified_epoch_millis",
                config.functionName(), config.qualifier(), config.maximumRetryAttempts(),
                config.maximumEventAgeInSeconds(), config.onSuccess(), config.onFailure(),
                config.lastModified().toEpochMilli(), versionNumber, aliasName) == 1);
    }

    @Override
    public Optional<EventInvokeConfig> find(String functionName, String qualifier) {
        return database.read(connection -> Sql.queryFirst(connection, "SELECT " + COLUMNS
                        + " FROM event_invoke_config WHERE function_name = ? AND qualifier = ?",
                SqliteEventInvokeConfigStore::read, functionName, qualifier));
    }

    @Override
    public boolean delete(String functionName, String qualifier) {
        return database.write(connection -> Sql.update(connection,
                "DELETE FROM event_invoke_config WHERE function_name = ? AND qualifier = ?", functionName,
                qualifier) == 1);
    }

    @Override
    public Page<EventInvokeConfig> list(String functionName, String marker, int maxItems) {
        String after = marker == null ? "" : Markers.decode(marker);
        var rows = database.read(connection -> Sql.query(connection, "SELECT " + COLUMNS
                        + " FROM event_invoke_config WHERE function_name = ? AND qualifier > ?"
                        + " ORDER BY qualifier LIMIT ?",
                SqliteEventInvokeConfigStore::read, functionName, after, Pages.rowsToRead(maxItems)));
        return Pages.of(rows, maxItems, EventInvokeConfig::qualifier);
    }

    private static EventInvokeConfig read(ResultSet row) throws SQLException {
        return new EventInvokeConfig(row.getString(1), row.getString(2), integerOrNull(row, 3),
                integerOrNull(row, 4), row.getString(5), row.getString(6), Instant.ofEpochMilli(row.getLong(7)));
    }

    private static Integer integerOrNull(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
