package dev.barista.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a connection the {@link Database} lends for its duration; the work must not keep it. */
@FunctionalInterface
interface SqlWork<T> {

    T apply(Connection connection) throws SQLException;
}
