package dev.barista.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Brings a database to the newest schema by applying, in order, each {@link Migration} it has not recorded in
 * {@code schema_version}; each one in its own transaction, so a crash leaves every migration applied or not at
 * all. Idempotent: a database that is up to date is left alone. Refuses a database written by a newer Barista and a
 * recorded migration whose script has changed since.
 */
final class Migrations {
    /** Every migration, in version order. A new script is added here and in {@code db/migration}. */
    static final List<String> FILE_NAMES = List.of("V1__functions.sql", "V2__async_invocations.sql",
            "V3__event_source_mappings.sql",
            "V4__event_invoke_configs.sql",
            "V5__metrics.sql",
            "V6__metering.sql",
            "V7__queues.sql",
            "V8__function_settings.sql");

    private Migrations() {
    }

    /** Applies the migrations of {@link #FILE_NAMES}. */
    static void apply(Connection connection) throws SQLException {
        apply(connection, FILE_NAMES.stream().map(Migration::load).toList());
    }

    static void apply(Connection connection, List<Migration> migrations) throws SQLException {
        for (int index = 0; index < migrations.size(); index++) {
            if (migrations.get(index).version() != index + 1) {
                throw new IllegalStateException("Migration versions must count up from 1, found V"
                        + migrations.get(index).version() + " at position " + (index + 1));
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                    + " description TEXT NOT NULL, checksum INTEGER NOT NULL) STRICT");
        }
        refuseNewerSchema(connection, migrations.size());
        for (var migration : migrations) {
            Transactions.inImmediateTransaction(connection, transaction -> applyUnlessRecorded(transaction, migration));
        }
    }

    private static void refuseNewerSchema(Connection connection, int newestKnownVersion) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            result.next();
            if (result.getInt(1) > newestKnownVersion) {
                throw new IllegalStateException("The database has schema version " + result.getInt(1)
                        + ", newer than this Barista knows (" + newestKnownVersion + ")");
            }
        }
    }

    private static Void applyUnlessRecorded(Connection connection, Migration migration) throws SQLException {
        try (var select = connection.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
            select.setInt(1, migration.version());
            try (var result = select.executeQuery()) {
                if (result.next()) {
                    if (result.getLong(1) != migration.checksum()) {
                        throw new IllegalStateException("Migration V" + migration.version()
                                + " changed after it was applied to this database");
                    }
                    return null;
                }
            }
        }
        try (var statement = connection.createStatement()) {
            for (var sql : migration.statements()) {
                statement.execute(sql);
            }
        }
        try (var insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, checksum) VALUES (?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setLong(3, migration.checksum());
            insert.executeUpdate();
        }
        return null;
    }
}
