package dev.barista.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** Explicit SQLite transactions on a connection in auto-commit mode, so the driver never opens one behind our back. */
final class Transactions {

    private Transactions() {
    }

    /**
     * Runs the work in a {@code BEGIN IMMEDIATE} transaction, which takes the write lock up front so that the
     * transaction never fails half-way on a lock upgrade; commits if the work returns, rolls back if it throws.
     */
    static <T> T inImmediateTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
        try {
            var result = work.apply(connection);
            execute(connection, "COMMIT");
            return result;
        } catch (Throwable failure) {
            rollbackAfter(connection, failure);
            throw failure;
        }
    }

    private static void rollbackAfter(Connection connection, Throwable failure) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException rollbackFailure) {
            // SQLite has already rolled back after some errors (a full disk, for one); the first failure matters.
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
