package dev.barista.storage.sqlite;

import dev.barista.core.invoke.AsyncInvocation;
import dev.barista.core.invoke.AsyncInvocationStore;
import java.time.Instant;
import java.util.List;

/**
 * The {@link AsyncInvocationStore} in the embedded SQLite {@link Database}: an accepted invocation is committed
 * durably before {@link #enqueue} returns. Enqueueing a request id that is already pending keeps the first one.
 * Acceptance instants are kept to the millisecond; invocations accepted in the same millisecond stay in enqueue
 * order. Thread-safe.
 */
public final class SqliteAsyncInvocationStore implements AsyncInvocationStore {
    private final Database database;

    /** A store in the given database, which the caller opens and closes. */
    public SqliteAsyncInvocationStore(Database database) {
        this.database = database;
    }

    @Override
    public void enqueue(AsyncInvocation invocation) {
        database.write(connection -> Sql.update(connection, "INSERT INTO async_invocation (request_id, function_name,"
                        + " qualifier, payload, accepted_at_epoch_millis) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (request_id) DO NOTHING",
                invocation.requestId(), invocation.functionName(), invocation.qualifier(), invocation.payload(),
                invocation.acceptedAt().toEpochMilli()));
    }

    @Override
    public List<AsyncInvocation> pending() {
        return database.read(connection -> Sql.query(connection, "SELECT request_id, function_name, qualifier,"
                        + " payload, accepted_at_epoch_millis FROM async_invocation"
                        + " ORDER BY accepted_at_epoch_millis, sequence",
                row -> new AsyncInvocation(row.getString(1), row.getString(2), row.getString(3), row.getBytes(4),
                        Instant.ofEpochMilli(row.getLong(5)))));
    }

    @Override
    public void complete(String requestId) {
        database.write(connection -> Sql.update(connection, "DELETE FROM async_invocation WHERE request_id = ?",
                requestId));
    }
}
