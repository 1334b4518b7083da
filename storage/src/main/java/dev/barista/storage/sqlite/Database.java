package dev.barista.storage.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded SQLite database of a Barista node, the file {@code barista.db} in its data directory. Opening it
 * brings the schema up to date.
 *
 * <p>Durability: the database is in WAL mode with {@code synchronous=FULL}, so a transaction is on disk (the WAL
 * is fsynced) when its commit returns; it survives a crash of the process and of the machine. See
 * {@code docs/adr/0001-embedded-storage.md}.
 *
 * <p>Thread-safe. Writes are serialized on one connection, each in its own {@code BEGIN IMMEDIATE} transaction;
 * reads run in parallel on a small pool of query-only connections, which WAL lets proceed during a write, and see
 * every write that committed before they started. One process at a time should open a data directory.
 */
public final class Database implements AutoCloseable {
    static final String FILE_NAME = "barista.db";
    /** SQLite calls hold their thread (a carrier, for a virtual thread): more connections than cores buy nothing. */
    static final int DEFAULT_READ_CONNECTIONS = Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 8);
    private static final int BUSY_TIMEOUT_MILLISECONDS = 5_000;

    private final Path file;
    private final Connection writeConnection;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readConnections;
    /** Held shared by every read and write, exclusively by {@link #close}, so close waits for work in progress. */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private Database(Path file, Connection writeConnection, List<Connection> readConnections) {
        this.file = file;
        this.writeConnection = writeConnection;
        // Fair: under saturation a read waits its turn instead of losing every race to threads that just returned.
        this.readConnections = new ArrayBlockingQueue<>(readConnections.size(), true, readConnections);
    }

    /** Opens (creating if needed) the database of a data directory and applies pending schema migrations. */
    public static Database open(Path dataDirectory) {
        return open(dataDirectory, DEFAULT_READ_CONNECTIONS);
    }

    static Database open(Path dataDirectory, int readConnectionCount) {
        return open(dataDirectory, FILE_NAME, Migrations.FILE_NAMES.stream().map(Migration::load).toList(),
                readConnectionCount);
    }

    /**
     * Opens (creating if needed) another database file of a data directory, with its own schema: its own
     * migrations, the resources {@code /<migrationDirectory>/<file name>} in version order, recorded in its own
     * {@code schema_version}. Same durability and connections as {@code barista.db}; a separate file has its own
     * single writer, so its writes never wait for the main database's.
     */
    public static Database open(Path dataDirectory, String fileName, String migrationDirectory,
                                List<String> migrationFileNames) {
        return open(dataDirectory, fileName, migrationFileNames.stream()
                .map(name -> Migration.load(migrationDirectory, name)).toList(), DEFAULT_READ_CONNECTIONS);
    }

    private static Database open(Path dataDirectory, String fileName, List<Migration> migrations,
                                 int readConnectionCount) {
        if (readConnectionCount < 1) {
            throw new IllegalArgumentException("At least one read connection is needed: " + readConnectionCount);
        }
        var file = createDirectories(dataDirectory).resolve(fileName).toAbsolutePath();
        var opened = new ArrayList<Connection>();
        try {
            var writeConnection = connect(file, false);
            opened.add(writeConnection);
            Migrations.apply(writeConnection, migrations);
            var readConnections = new ArrayList<Connection>();
            for (int count = 0; count < readConnectionCount; count++) {
                var readConnection = connect(file, true);
                opened.add(readConnection);
                readConnections.add(readConnection);
            }
            return new Database(file, writeConnection, readConnections);
        } catch (SQLException failure) {
            opened.forEach(connection -> closeAfter(connection, failure));
            throw new UncheckedSqlException("Cannot open the database " + file, failure);
        } catch (RuntimeException failure) {
            opened.forEach(connection -> closeAfter(connection, failure));
            throw failure;
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Runs read-only work on a connection of the read pool; a single statement sees one consistent snapshot. */
    <T> T read(SqlWork<T> work) {
        lifecycle.readLock().lock();
        try {
            requireOpen();
            var connection = takeReadConnection();
            try {
                return work.apply(connection);
            } finally {
                readConnections.add(connection);
            }
        } catch (SQLException failure) {
            throw new UncheckedSqlException("Database read failed", failure);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Runs work in one write transaction, committed (durably) when it returns and rolled back if it throws. */
    <T> T write(SqlWork<T> work) {
        lifecycle.readLock().lock();
        writeLock.lock();
        try {
            requireOpen();
            return Transactions.inImmediateTransaction(writeConnection, work);
        } catch (SQLException failure) {
            throw new UncheckedSqlException("Database write failed", failure);
        } finally {
            writeLock.unlock();
            lifecycle.readLock().unlock();
        }
    }

    /** Waits for work in progress, then closes every connection. Idempotent. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            var failure = new UncheckedSqlException("Cannot close the database " + file, null);
            readConnections.forEach(connection -> closeAfter(connection, failure));
            // Closed last: the last connection to close checkpoints the WAL into the database file.
            closeAfter(writeConnection, failure);
            if (failure.getSuppressed().length > 0) {
                throw failure;
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The database " + file + " is closed");
        }
    }

    private Connection takeReadConnection() {
        try {
            return readConnections.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a database connection", interrupted);
        }
    }

    private static Connection connect(Path file, boolean queryOnly) throws SQLException {
        // No store reads generated keys; without this the driver runs "SELECT last_insert_rowid()" after every INSERT.
        var connection = DriverManager.getConnection("jdbc:sqlite:" + file + "?jdbc.get_generated_keys=false");
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLISECONDS);
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA synchronous = FULL");
            if (queryOnly) {
                statement.execute("PRAGMA query_only = ON");
            } else {
                statement.execute("PRAGMA journal_mode = WAL");
            }
        } catch (SQLException failure) {
            closeAfter(connection, failure);
            throw failure;
        }
        return connection;
    }

    private static void closeAfter(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    private static Path createDirectories(Path dataDirectory) {
        try {
            return Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDirectory, e);
        }
    }
}
