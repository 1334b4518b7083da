package dev.barista.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.barista.core.metrics.MetricSeries;
import dev.barista.core.metrics.MetricStore;
import dev.barista.core.metrics.MetricStoreContract;
import dev.barista.core.metrics.MinuteAggregate;
import dev.barista.core.metrics.SampleStatistics;
import dev.barista.core.metrics.StandardUnit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMetricStoreTest extends MetricStoreContract {
    @TempDir
    Path dataDirectory;
    private Database database;

    @Override
    protected MetricStore newStore() {
        database = Database.open(dataDirectory);
        return new SqliteMetricStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aggregatesSurviveReopeningTheDatabase() {
        MetricSeries series = MetricSeries.of("Shop", "Orders");
        Instant minute = Instant.parse("2026-11-22T10:15:00Z");
        new SqliteMetricStore(database).add(List.of(new MinuteAggregate(series, minute, StandardUnit.COUNT,
                new SampleStatistics().add(4, 2))));
        database.close();

        database = Database.open(dataDirectory);

        assertThat(new SqliteMetricStore(database).read(series, minute, minute.plusSeconds(60)))
                .singleElement().satisfies(aggregate -> assertThat(aggregate.statistics().sum()).isEqualTo(8));
    }
}
