package dev.barista.storage.sqlite;

import dev.barista.core.function.Architecture;
import dev.barista.core.metering.ConcurrencyPeak;
import dev.barista.core.metering.FunctionUsage;
import dev.barista.core.metering.MeteringStore;
import dev.barista.core.metering.MinuteUsage;
import dev.barista.core.metering.Usage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The {@link MeteringStore} in the embedded SQLite {@link Database}: each {@link #record} is one write transaction
 * (upserts batched on one prepared statement per table), durable when it returns. Architectures are stored by
 * their Lambda identifier ({@code x86_64}, {@code arm64}). Thread-safe.
 */
public final class SqliteMeteringStore implements MeteringStore {
    private static final String ADD_USAGE = "INSERT INTO metered_usage (minute_epoch_millis, function_name,"
            + " memory_size_megabytes, architecture, requests, billed_milliseconds, megabyte_milliseconds)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (minute_epoch_millis, function_name, memory_size_megabytes, architecture) DO UPDATE SET"
            + " requests = requests + excluded.requests,"
            + " billed_milliseconds = billed_milliseconds + excluded.billed_milliseconds,"
            + " megabyte_milliseconds = megabyte_milliseconds + excluded.megabyte_milliseconds";
    private static final String RAISE_PEAK = "INSERT INTO concurrency_peak (minute_epoch_millis, peak_megabytes)"
            + " VALUES (?, ?) ON CONFLICT (minute_epoch_millis) DO UPDATE SET"
            + " peak_megabytes = max(peak_megabytes, excluded.peak_megabytes)";

    private final Database database;

    /** A store in the given database, which the caller opens and closes. */
    public SqliteMeteringStore(Database database) {
        this.database = database;
    }

    @Override
    public void record(List<MinuteUsage> usage, List<ConcurrencyPeak> peaks) {
        if (usage.isEmpty() && peaks.isEmpty()) {
            return;
        }
        database.write(connection -> {
            addUsage(connection, usage);
            raisePeaks(connection, peaks);
            return null;
        });
    }

    @Override
    public List<FunctionUsage> usage(Instant from, Instant to) {
        return database.read(connection -> Sql.query(connection, "SELECT function_name, memory_size_megabytes,"
                        + " architecture, sum(requests), sum(billed_milliseconds), sum(megabyte_milliseconds)"
                        + " FROM metered_usage WHERE minute_epoch_millis >= ? AND minute_epoch_millis < ?"
                        + " GROUP BY function_name, memory_size_megabytes, architecture"
                        + " ORDER BY function_name, memory_size_megabytes, architecture",
                row -> new FunctionUsage(row.getString(1), row.getInt(2), architecture(row.getString(3)),
                        new Usage(row.getLong(4), row.getLong(5), row.getLong(6))),
                from.toEpochMilli(), to.toEpochMilli()));
    }

    @Override
    public long peakConcurrentMegabytes(Instant from, Instant to) {
        return database.read(connection -> Sql.queryFirst(connection, "SELECT coalesce(max(peak_megabytes), 0)"
                        + " FROM concurrency_peak WHERE minute_epoch_millis >= ? AND minute_epoch_millis < ?",
                row -> row.getLong(1), from.toEpochMilli(), to.toEpochMilli()).orElse(0L));
    }

    private static void addUsage(Connection connection, List<MinuteUsage> usage) throws SQLException {
        try (var statement = connection.prepareStatement(ADD_USAGE)) {
            for (MinuteUsage row : usage) {
                statement.setLong(1, row.minute().toEpochMilli());
                statement.setString(2, row.functionName());
                statement.setInt(3, row.memorySizeMegabytes());
                statement.setString(4, row.architecture().identifier());
                statement.setLong(5, row.usage().requests());
                statement.setLong(6, row.usage().billedMilliseconds());
                statement.setLong(7, row.usage().megabyteMilliseconds());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void raisePeaks(Connection connection, List<ConcurrencyPeak> peaks) throws SQLException {
        try (var statement = connection.prepareStatement(RAISE_PEAK)) {
            for (ConcurrencyPeak peak : peaks) {
                statement.setLong(1, peak.minute().toEpochMilli());
                statement.setLong(2, peak.megabytes());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Architecture architecture(String identifier) {
        return Architecture.fromIdentifier(identifier).orElseThrow(() -> new IllegalStateException(
                "unknown architecture in metered_usage: " + identifier));
    }
}
