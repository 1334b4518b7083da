package dev.barista.storage.sqlite;

import dev.barista.core.logs.LogStore;
import dev.barista.core.logs.LogStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteLogStoreTest extends LogStoreContract {
    @TempDir
    Path dataDirectory;
    private Database database;

    @Override
    protected LogStore newStore() {
        database = SqliteLogStore.open(dataDirectory);
        return new SqliteLogStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
