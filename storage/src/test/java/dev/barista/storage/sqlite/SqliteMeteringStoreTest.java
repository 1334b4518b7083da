package dev.barista.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.function.Architecture;
import dev.barista.core.metering.ConcurrencyPeak;
import dev.barista.core.metering.MeteringStore;
import dev.barista.core.metering.MeteringStoreContract;
import dev.barista.core.metering.MinuteUsage;
import dev.barista.core.metering.Usage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMeteringStoreTest extends MeteringStoreContract {
    private static final Instant MINUTE = Instant.parse("2026-11-22T10:15:00Z");

    @TempDir
    Path dataDirectory;
    private Database database;

    @Override
    protected MeteringStore newStore() {
        database = Database.open(dataDirectory);
        return new SqliteMeteringStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void recordedUsageSurvivesReopeningTheDatabase() {
        new SqliteMeteringStore(database).record(List.of(new MinuteUsage(MINUTE, "orders", 256,
                Architecture.ARM64, new Usage(2, 20, 5_120))), List.of(new ConcurrencyPeak(MINUTE, 512)));
        database.close();

        database = Database.open(dataDirectory);
        SqliteMeteringStore reopened = new SqliteMeteringStore(database);

        assertThat(reopened.usage(MINUTE, MINUTE.plusSeconds(60))).extracting(usage -> usage.usage())
                .containsExactly(new Usage(2, 20, 5_120));
        assertThat(reopened.peakConcurrentMegabytes(MINUTE, MINUTE.plusSeconds(60))).isEqualTo(512);
    }
}
