package dev.barista.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure one server at a time uses a data directory: an exclusive lock on its file {@code barista.lock}.
 * The operating system releases it when the process ends, however it ends, so a server killed with {@code kill -9}
 * never leaves a directory locked.
 */
public final class DataDirectoryLock implements AutoCloseable {
    static final String FILE_NAME = "barista.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the directory, creating it if needed.
     *
     * @throws IllegalStateException when another process (or this one) holds the lock
     */
    public static DataDirectoryLock acquire(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME).toAbsolutePath();
        FileChannel channel;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot lock the data directory " + dataDirectory, exception);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException exception) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException("Another Barista server is using the data directory "
                    + dataDirectory.toAbsolutePath() + "; stop it or choose another --data-dir");
        }
        return new DataDirectoryLock(channel, lock);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The channel held no lock: there is nothing to release.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot release the data directory lock", exception);
        }
    }
}
