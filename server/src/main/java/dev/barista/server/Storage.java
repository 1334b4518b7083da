package dev.barista.server;

import dev.barista.core.function.CodeStore;
import dev.barista.core.function.FunctionStore;
import dev.barista.core.invoke.AsyncInvocationStore;
import dev.barista.core.queue.QueueStore;
import dev.barista.storage.code.FileCodeStore;
import dev.barista.storage.sqlite.Database;
import dev.barista.storage.sqlite.SqliteAsyncInvocationStore;
import dev.barista.storage.sqlite.SqliteFunctionStore;
import dev.barista.storage.sqlite.SqliteQueueStore;
import java.nio.file.Path;

/** The embedded stores under the data directory: the SQLite database and the code packages. */
record Storage(Database database, FunctionStore functions, CodeStore code, AsyncInvocationStore asyncInvocations,
               QueueStore queues)
        implements AutoCloseable {

    static Storage open(Path dataDirectory) {
        Database database = Database.open(dataDirectory);
        return new Storage(database, new SqliteFunctionStore(database), new FileCodeStore(dataDirectory),
                new SqliteAsyncInvocationStore(database), new SqliteQueueStore(database));
    }

    @Override
    public void close() {
        database.close();
    }
}
