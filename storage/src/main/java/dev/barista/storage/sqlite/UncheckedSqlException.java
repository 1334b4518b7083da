package dev.barista.storage.sqlite;

import java.sql.SQLException;

/** An unexpected failure of the database (disk, corruption, a bug in a statement), which no caller recovers from. */
final class UncheckedSqlException extends RuntimeException {

    UncheckedSqlException(String message, SQLException cause) {
        super(message, cause);
    }
}
