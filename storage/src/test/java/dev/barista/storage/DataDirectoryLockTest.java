package dev.barista.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {
    @TempDir
    Path directory;

    @Test
    void refusesASecondHolderOfTheSameDirectory() {
        try (DataDirectoryLock ignored = DataDirectoryLock.acquire(directory)) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(directory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Barista server is using the data directory");
        }
    }

    @Test
    void canBeTakenAgainOnceReleased() {
        DataDirectoryLock.acquire(directory).close();
        DataDirectoryLock.acquire(directory).close();
    }

    @Test
    void createsAMissingDirectory() {
        DataDirectoryLock.acquire(directory.resolve("new/data")).close();
    }
}
