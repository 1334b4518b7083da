package dev.barista.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tag and reserved-concurrency operations of {@link SqliteFunctionStore}. A put on a missing function is
 * dropped, as if the function had been deleted right after it. Thread-safe.
 */
final class SqliteFunctionSettings {
    private final Database database;

    SqliteFunctionSettings(Database database) {
        this.database = database;
    }

    void putReservedConcurrency(String functionName, int reservedConcurrentExecutions) {
        database.write(connection -> Sql.update(connection,
                "UPDATE function SET reserved_concurrent_executions = ? WHERE name = ?", reservedConcurrentExecutions,
                functionName));
    }

    void deleteReservedConcurrency(String functionName) {
        database.write(connection -> Sql.update(connection,
                "UPDATE function SET reserved_concurrent_executions = NULL WHERE name = ?", functionName));
    }

    Map<String, Integer> reservedConcurrencies() {
        return database.read(connection -> Sql.query(connection,
                        "SELECT name, reserved_concurrent_executions FROM function"
                                + " WHERE reserved_concurrent_executions IS NOT NULL",
                        row -> Map.entry(row.getString(1), row.getInt(2))))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<String, String> tags(String functionName) {
        return database.read(connection -> Sql.query(connection,
                        "SELECT tag_key, tag_value FROM function_tag WHERE function_name = ?",
                        row -> Map.entry(row.getString(1), row.getString(2)), functionName))
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void putTags(String functionName, Map<String, String> tags) {
        database.write(connection -> {
            if (SqliteFunctionStore.exists(connection, functionName)) {
                putTags(connection, functionName, tags);
            }
            return null;
        });
    }

    void removeTags(String functionName, Collection<String> keys) {
        database.write(connection -> {
            for (var key : keys) {
                Sql.update(connection, "DELETE FROM function_tag WHERE function_name = ? AND tag_key = ?",
                        functionName, key);
            }
            return null;
        });
    }

    /** Adds or overwrites tags of an existing function, inside the caller's transaction. */
    static void putTags(Connection connection, String functionName, Map<String, String> tags) throws SQLException {
        for (var tag : tags.entrySet()) {
            Sql.update(connection, "INSERT INTO function_tag (function_name, tag_key, tag_value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (function_name, tag_key) DO UPDATE SET tag_value = excluded.tag_value",
                    functionName, tag.getKey(), tag.getValue());
        }
    }
}
