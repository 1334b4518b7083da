package dev.barista.storage.sqlite;

import dev.barista.core.invoke.AsyncInvocationStore;
import dev.barista.core.invoke.AsyncInvocationStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteAsyncInvocationStoreTest extends AsyncInvocationStoreContract {
    @TempDir
    Path dataDirectory;
    private Database database;

    @Override
    protected AsyncInvocationStore newStore() {
        database = Database.open(dataDirectory);
        return new SqliteAsyncInvocationStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
