package dev.barista.storage.sqlite;

import dev.barista.core.eventsource.EventSourceMapping;
import dev.barista.core.eventsource.EventSourceMappingState;
import dev.barista.core.eventsource.EventSourceMappingStore;
import dev.barista.core.function.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link EventSourceMappingStore} in the embedded SQLite {@link Database}, table {@code event_source_mapping}.
 * Instants are kept to the millisecond. Thread-safe.
 */
public final class SqliteEventSourceMappingStore implements EventSourceMappingStore {
    private static final String COLUMNS = "uuid, event_source_arn, function_name, function_qualifier, batch_size,"
            + " maximum_batching_window_seconds, filter_patterns, maximum_concurrency, report_batch_item_failures,"
            + " enabled, state, state_transition_reason, last_modified_epoch_millis";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM event_source_mapping";

    private final Database database;

    /** A store in the given database, which the caller opens and closes. */
    public SqliteEventSourceMappingStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean create(EventSourceMapping mapping) {
        return database.write(connection -> Sql.update(connection, "INSERT INTO event_source_mapping (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", values(mapping)) == 1);
    }

    @Override
    public Optional<EventSourceMapping> find(String uuid) {
        return database.read(connection -> Sql.queryFirst(connection, SELECT + " WHERE uuid = ?",
                SqliteEventSourceMappingStore::read, uuid));
    }

    @Override
    public Optional<EventSourceMapping> findBySourceAndFunction(String eventSourceArn, String functionName,
                                                                String functionQualifier) {
        return database.read(connection -> Sql.queryFirst(connection, SELECT + " WHERE event_source_arn = ?"
                        + " AND function_name = ? AND function_qualifier = ?", SqliteEventSourceMappingStore::read,
                eventSourceArn, functionName, qualifierColumn(functionQualifier)));
    }

    @Override
    public boolean replace(EventSourceMapping mapping, EventSourceMappingState expectedState) {
        Object[] values = values(mapping);
        Object[] parameters = new Object[values.length + 1];
        System.arraycopy(values, 1, parameters, 0, values.length - 1);
        parameters[values.length - 1] = mapping.uuid();
        parameters[values.length] = expectedState.name();
        return database.write(connection -> Sql.update(connection, "UPDATE event_source_mapping SET"
                + " (event_source_arn, function_name, function_qualifier, batch_size, maximum_batching_window_seconds,"
                + " filter_patterns, maximum_concurrency, report_batch_item_failures, enabled, state,"
                + " state_transition_reason, last_modified_epoch_millis) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " WHERE uuid = ? AND state = ?", parameters) == 1);
    }

    @Override
    public boolean delete(String uuid) {
        return database.write(connection -> Sql.update(connection, "DELETE FROM event_source_mapping WHERE uuid = ?",
                uuid) == 1);
    }

    @Override
    public Page<EventSourceMapping> list(String eventSourceArn, String functionName, String functionQualifier,
                                        String marker, int maxItems) {
        var after = marker == null ? "" : Markers.decode(marker);
        var rows = database.read(connection -> Sql.query(connection, SELECT + " WHERE uuid > ?1"
                        + " AND (?2 IS NULL OR event_source_arn = ?2) AND (?3 IS NULL OR function_name = ?3)"
                        + " AND (?4 IS NULL OR function_qualifier = ?4) ORDER BY uuid LIMIT ?5",
                SqliteEventSourceMappingStore::read, after, eventSourceArn, functionName,
                functionName == null ? null : functionQualifier, Pages.rowsToRead(maxItems)));
        return Pages.of(rows, maxItems, EventSourceMapping::uuid);
    }

    @Override
    public List<EventSourceMapping> all() {
        return database.read(connection -> Sql.query(connection, SELECT + " ORDER BY uuid",
                SqliteEventSourceMappingStore::read));
    }

    private static Object[] values(EventSourceMapping mapping) {
        return new Object[] {mapping.uuid(), mapping.eventSourceArn(), mapping.functionName(),
            qualifierColumn(mapping.functionQualifier()), mapping.batchSize(), mapping.maximumBatchingWindowSeconds(),
            encodePatterns(mapping.filterPatterns()), mapping.maximumConcurrency(),
            mapping.reportBatchItemFailures() ? 1 : 0, mapping.enabled() ? 1 : 0, mapping.state().name(),
            mapping.stateTransitionReason(), mapping.lastModified().toEpochMilli()};
    }

    private static EventSourceMapping read(ResultSet row) throws SQLException {
        String qualifier = row.getString(4);
        int maximumConcurrency = row.getInt(8);
        Integer concurrency = row.wasNull() ? null : maximumConcurrency;
        return new EventSourceMapping(row.getString(1), row.getString(2), row.getString(3),
                qualifier.isEmpty() ? null : qualifier, row.getInt(5), row.getInt(6), decodePatterns(row.getString(7)),
                concurrency, row.getInt(9) == 1, row.getInt(10) == 1,
                EventSourceMappingState.valueOf(row.getString(11)), row.getString(12),
                Instant.ofEpochMilli(row.getLong(13)));
    }

    private static String qualifierColumn(String qualifier) {
        return qualifier == null ? "" : qualifier;
    }

    /** Patterns in order, keyed by their zero-padded index so that the encoding's key order is theirs. */
    private static String encodePatterns(List<String> patterns) {
        Map<String, String> byIndex = new TreeMap<>();
        for (int index = 0; index < patterns.size(); index++) {
            byIndex.put("%06d".formatted(index), patterns.get(index));
        }
        return StringMapEncoding.encode(byIndex);
    }

    private static List<String> decodePatterns(String text) {
        return new ArrayList<>(new TreeMap<>(StringMapEncoding.decode(text)).values());
    }
}
