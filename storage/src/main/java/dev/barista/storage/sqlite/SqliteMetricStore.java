package dev.barista.storage.sqlite;

import dev.barista.core.metrics.Dimension;
import dev.barista.core.metrics.MetricSeries;
import dev.barista.core.metrics.MetricStore;
import dev.barista.core.metrics.MinuteAggregate;
import dev.barista.core.metrics.SampleStatistics;
import dev.barista.core.metrics.StandardUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link MetricStore} in the embedded SQLite {@link Database}: one row per series, one per series, minute and
 * unit. A batch is added in one transaction, merging each aggregate into its stored row. Thread-safe.
 */
public final class SqliteMetricStore implements MetricStore {
    private final Database database;

    /** A store in the given database, which the caller opens and closes. */
    public SqliteMetricStore(Database database) {
        this.database = database;
    }

    @Override
    public void add(List<MinuteAggregate> aggregates) {
        if (aggregates.isEmpty()) {
            return;
        }
        database.write(connection -> {
            for (MinuteAggregate aggregate : aggregates) {
                long seriesId = seriesId(connection, aggregate.series(), aggregate.minute().getEpochSecond());
                SampleStatistics merged = aggregate.statistics().copy();
                Sql.queryFirst(connection, "SELECT sample_count, sum, minimum, maximum, distribution FROM metric_minute"
                                + " WHERE series_id = ? AND minute = ? AND unit = ?", SqliteMetricStore::statistics,
                        seriesId, aggregate.minute().getEpochSecond(), aggregate.unit().awsName())
                        .ifPresent(merged::merge);
                Sql.update(connection, "INSERT OR REPLACE INTO metric_minute (series_id, minute, unit, sample_count,"
                                + " sum, minimum, maximum, distribution) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seriesId,
                        aggregate.minute().getEpochSecond(), aggregate.unit().awsName(), merged.sampleCount(),
                        merged.sum(), merged.minimum(), merged.maximum(),
                        DistributionEncoding.encode(merged.distribution()));
            }
            return null;
        });
    }

    @Override
    public List<MinuteAggregate> read(MetricSeries series, Instant from, Instant to) {
        return database.read(connection -> Sql.query(connection, "SELECT m.minute, m.unit, m.sample_count, m.sum,"
                        + " m.minimum, m.maximum, m.distribution FROM metric_minute m JOIN metric_series s"
                        + " ON s.id = m.series_id WHERE s.namespace = ? AND s.metric_name = ? AND s.dimensions = ?"
                        + " AND m.minute >= ? AND m.minute < ? ORDER BY m.minute, m.unit",
                row -> new MinuteAggregate(series, Instant.ofEpochSecond(row.getLong(1)),
                        StandardUnit.fromAwsName(row.getString(2)).orElseThrow(), SampleStatistics.restore(
                                row.getDouble(3), row.getDouble(4), row.getDouble(5), row.getDouble(6),
                                DistributionEncoding.decode(row.getBytes(7)))),
                series.namespace(), series.metricName(), encode(series.dimensions()), from.getEpochSecond(),
                to.getEpochSecond()));
    }

    @Override
    public List<MetricSeries> series(String namespace, String metricName, Instant activeSince) {
        return database.read(connection -> Sql.query(connection, "SELECT namespace, metric_name, dimensions"
                        + " FROM metric_series WHERE (?1 IS NULL OR namespace = ?1)"
                        + " AND (?2 IS NULL OR metric_name = ?2) AND last_minute >= ?3",
                row -> new MetricSeries(row.getString(1), row.getString(2), decode(row.getString(3))),
                namespace, metricName, activeSince.getEpochSecond()));
    }

    @Override
    public void deleteBefore(Instant cutoff) {
        database.write(connection -> {
            Sql.update(connection, "DELETE FROM metric_minute WHERE minute < ?", cutoff.getEpochSecond());
            // A series whose newest minute is older than the cutoff has no minute left.
            Sql.update(connection, "DELETE FROM metric_series WHERE last_minute < ?", cutoff.getEpochSecond());
            return null;
        });
    }

    private static long seriesId(Connection connection, MetricSeries series, long minute) throws SQLException {
        return Sql.queryFirst(connection, "INSERT INTO metric_series (namespace, metric_name, dimensions, last_minute)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (namespace, metric_name, dimensions)"
                        + " DO UPDATE SET last_minute = max(last_minute, excluded.last_minute) RETURNING id",
                row -> row.getLong(1), series.namespace(), series.metricName(), encode(series.dimensions()), minute)
                .orElseThrow();
    }

    private static SampleStatistics statistics(ResultSet row) throws SQLException {
        return SampleStatistics.restore(row.getDouble(1), row.getDouble(2), row.getDouble(3), row.getDouble(4),
                DistributionEncoding.decode(row.getBytes(5)));
    }

    private static String encode(List<Dimension> dimensions) {
        Map<String, String> map = new LinkedHashMap<>();
        dimensions.forEach(dimension -> map.put(dimension.name(), dimension.value()));
        return StringMapEncoding.encode(map);
    }

    private static List<Dimension> decode(String text) {
        List<Dimension> dimensions = new ArrayList<>();
        StringMapEncoding.decode(text).forEach((name, value) -> dimensions.add(new Dimension(name, value)));
        return dimensions;
    }
}
