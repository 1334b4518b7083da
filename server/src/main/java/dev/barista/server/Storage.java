package dev.barista.server;

import dev.barista.core.eventsource.EventSourceMappingStore;
import dev.barista.core.eventinvoke.EventInvokeConfigStore;
import dev.barista.core.function.CodeStore;
import dev.barista.core.function.FunctionStore;
import dev.barista.core.invoke.AsyncInvocationStore;
import dev.barista.storage.DataDirectoryLock;
import dev.barista.core.metrics.MetricStore;
import dev.barista.core.logs.LogStore;
import dev.barista.core.queue.QueueStore;
import dev.barista.storage.code.FileCodeStore;
import dev.barista.storage.sqlite.Database;
import dev.barista.storage.sqlite.SqliteAsyncInvocationStore;
import dev.barista.storage.sqlite.SqliteEventSourceMappingStore;
import dev.barista.storage.sqlite.SqliteEventInvokeConfigStore;
import dev.barista.storage.sqlite.SqliteFunctionStore;
import dev.barista.storage.sqlite.SqliteMetricStore;
import dev.barista.storage.sqlite.SqliteLogStore;
import dev.barista.storage.sqlite.SqliteQueueStore;
import java.nio.file.Path;

/**
 * The embedded stores under the data directory: the SQLite database, the code packages, and the logs in their own
 * SQLite database ({@code logs.db}, so that log writes never wait for the main database's writer).
 */
record Storage(
        DataDirectoryLock lock,
        Database database,
        FunctionStore functions,
        CodeStore code,
        AsyncInvocationStore asyncInvocations,
        EventSourceMappingStore eventSourceMappings,
        EventInvokeConfigStore eventInvokeConfigs,
        MetricStore metrics,
        Database logsDatabase,
        LogStore logs,
        QueueStore queues) implements AutoCloseable {

    /** Locks the data directory (one server at a time), then opens the stores in it. */
    static Storage open(Path dataDirectory) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        Database database = null;
        Database logsDatabase;
        try {
            database = Database.open(dataDirectory);
            logsDatabase = SqliteLogStore.open(dataDirectory);
        } catch (RuntimeException failure) {
            if (database != null) {
                database.close();
            }
            lock.close();
            throw failure;
        }
        return new Storage(
                lock,
                database,
                new SqliteFunctionStore(database),
                new FileCodeStore(dataDirectory),
                new SqliteAsyncInvocationStore(database),
                new SqliteEventSourceMappingStore(database),
                new SqliteEventInvokeConfigStore(database),
                new SqliteMetricStore(database),
                logsDatabase,
                new SqliteLogStore(logsDatabase),
                new SqliteQueueStore(database));
    }

    @Override
    public void close() {
        try {
            logsDatabase.close();
        } finally {
            try {
                database.close();
            } finally {
                lock.close();
            }
        }
    }
}
