package dev.barista.storage.sqlite;

import dev.barista.core.eventinvoke.EventInvokeConfigStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventInvokeConfigStoreTest extends EventInvokeConfigStoreContract {
    @TempDir
    Path dataDirectory;
    private Database database;

    @Override
    protected Stores newStores() {
        database = Database.open(dataDirectory);
        return new Stores(new SqliteFunctionStore(database), new SqliteEventInvokeConfigStore(database));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
