package dev.barista.server;

import dev.barista.core.function.CodeStore;
import dev.barista.core.function.FunctionStore;
import dev.barista.core.invoke.AsyncInvocationStore;
import dev.barista.core.logs.LogStore;
import dev.barista.storage.code.FileCodeStore;
import dev.barista.storage.sqlite.Database;
import dev.barista.storage.sqlite.SqliteAsyncInvocationStore;
import dev.barista.storage.sqlite.SqliteFunctionStore;
import dev.barista.storage.sqlite.SqliteLogStore;
import java.nio.file.Path;

/**
 * The embedded stores under the data directory: the SQLite database, the code packages, and the logs in their own
 * SQLite database ({@code logs.db}, so that log writes never wait for the main database's writer).
 */
record Storage(Database database, FunctionStore functions, CodeStore code, AsyncInvocationStore asyncInvocations,
               Database logsDatabase, LogStore logs) implements AutoCloseable {

    static Storage open(Path dataDirectory) {
        Database database = Database.open(dataDirectory);
        Database logsDatabase;
        try {
            logsDatabase = SqliteLogStore.open(dataDirectory);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
        return new Storage(database, new SqliteFunctionStore(database), new FileCodeStore(dataDirectory),
                new SqliteAsyncInvocationStore(database), logsDatabase, new SqliteLogStore(logsDatabase));
    }

    @Override
    public void close() {
        try {
            logsDatabase.close();
        } finally {
            database.close();
        }
    }
}
