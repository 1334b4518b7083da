package dev.barista.storage.sqlite;

import dev.barista.core.queue.QueueChange;
import dev.barista.core.queue.QueueSnapshot;
import dev.barista.core.queue.QueueStore;
import dev.barista.core.queue.QueueStoreContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class SqliteQueueStoreTest extends QueueStoreContract {
    @TempDir
    Path dataDirectory;
    private Database database;

    /** A store on whichever database is open now, so that it keeps working after {@link #reopened()}. */
    @Override
    protected QueueStore newStore() {
        database = Database.open(dataDirectory);
        return new QueueStore() {
            @Override
            public QueueSnapshot load() {
                return new SqliteQueueStore(database).load();
            }

            @Override
            public void apply(List<QueueChange> changes) {
                new SqliteQueueStore(database).apply(changes);
            }
        };
    }

    /** Closes the database and opens it again, so that every assertion reads what reached the file. */
    @Override
    protected QueueStore reopened() {
        database.close();
        database = Database.open(dataDirectory);
        return new SqliteQueueStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
