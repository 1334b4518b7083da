package dev.barista.storage.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prepared statements in one call: parameters are bound in order, {@code null} as SQL NULL. */
final class Sql {

    /** Reads the current row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var result = statement.executeQuery()) {
                var rows = new ArrayList<T>();
                while (result.next()) {
                    rows.add(reader.read(result));
                }
                return rows;
            }
        }
    }

    /** The first row of a query, if it has one. */
    static <T> Optional<T> queryFirst(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var result = statement.executeQuery()) {
                return result.next() ? Optional.of(reader.read(result)) : Optional.empty();
            }
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int index = 0; index < parameters.length; index++) {
            if (parameters[index] == null) {
                statement.setNull(index + 1, Types.NULL);
            } else {
                statement.setObject(index + 1, parameters[index]);
            }
        }
    }
}
