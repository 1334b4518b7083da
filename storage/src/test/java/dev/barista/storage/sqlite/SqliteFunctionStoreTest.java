package dev.barista.storage.sqlite;

import dev.barista.core.function.FunctionStore;
import dev.barista.core.function.FunctionStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteFunctionStoreTest extends FunctionStoreContract {
    @TempDir
    Path dataDirectory;
    private Database database;

    @Override
    protected FunctionStore newStore() {
        database = Database.open(dataDirectory);
        return new SqliteFunctionStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
