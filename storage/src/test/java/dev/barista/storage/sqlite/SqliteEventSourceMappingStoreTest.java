package dev.barista.storage.sqlite;

import dev.barista.core.eventsource.EventSourceMappingStore;
import dev.barista.core.eventsource.EventSourceMappingStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventSourceMappingStoreTest extends EventSourceMappingStoreContract {
    @TempDir
    Path dataDirectory;
    private Database database;

    @Override
    protected EventSourceMappingStore newStore() {
        database = Database.open(dataDirectory);
        return new SqliteEventSourceMappingStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
