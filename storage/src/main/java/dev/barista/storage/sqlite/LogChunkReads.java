package dev.barista.storage.sqlite;

import dev.barista.core.logs.EventPosition;
import dev.barista.core.logs.FilterQuery;
import dev.barista.core.logs.FilterResult;
import dev.barista.core.logs.IndexQuery;
import dev.barista.core.logs.StoredLogEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the events of {@code logs.db}: one stream's (GetLogEvents) and a group's search (FilterLogEvents). A search
 * whose pattern names words ({@link IndexQuery}) that the full-text index finds in fewer than
 * {@value #INDEXED_CANDIDATES} chunks (of any group) reads only those chunks. Otherwise it reads the group's chunks in
 * order from where the search stands, decoding at most {@value #SCAN_BUDGET} events per call; a call that stops there
 * says where to resume, as FilterLogEvents may answer a partial, even empty, page with a {@code nextToken}. Every
 * event is tested with the pattern itself: the index only narrows. Thread-safe.
 */
final class LogChunkReads {
    static final int INDEXED_CANDIDATES = 20_000;
    static final int SCAN_BUDGET = 50_000;
    private static final String COLUMNS = "c.id, c.stream_id, c.first_timestamp, c.ingested_at, c.events";

    private final Database database;

    LogChunkReads(Database database) {
        this.database = database;
    }

    List<StoredLogEvent> read(String groupName, String streamName, EventPosition after, EventPosition before,
                              boolean fromHead, int limit) {
        if (after.compareTo(before) >= 0) {
            return List.of();
        }
        return database.read(connection -> {
            Optional<Long> streamId = Sql.queryFirst(connection, "SELECT s.id FROM log_stream s JOIN log_group g"
                    + " ON g.id = s.group_id WHERE g.name = ? AND s.name = ?", row -> row.getLong(1), groupName,
                    streamName);
            if (streamId.isEmpty()) {
                return List.of();
            }
            Map<Long, String> streams = Map.of(streamId.get(), streamName);
            List<StoredLogEvent> events = new ArrayList<>();
            String sql = "SELECT " + COLUMNS + " FROM log_chunk c WHERE c.stream_id = ? AND c.first_timestamp >= ?"
                    + " AND c.first_timestamp <= ? ORDER BY c.first_timestamp" + (fromHead ? ", c.id" : " DESC, c.id DESC");
            try (var statement = connection.prepareStatement(sql)) {
                statement.setLong(1, streamId.get());
                statement.setLong(2, lowerChunkStart(after));
                statement.setLong(3, before.timestamp());
                try (var chunks = statement.executeQuery()) {
                    ChunkMerge.Visitor take = event -> events.size() < limit && events.add(event);
                    if (fromHead) {
                        ChunkMerge.forward(chunks, streams, after, before, false, Long.MAX_VALUE, take);
                    } else {
                        ChunkMerge.backward(chunks, streams, after, before, take);
                    }
                }
            }
            return fromHead ? events : events.reversed();
        });
    }

    FilterResult filter(String groupName, FilterQuery query) {
        return database.read(connection -> {
            Optional<Long> groupId = SqliteLogStore.groupId(connection, groupName);
            if (groupId.isEmpty() || query.after().compareTo(query.until()) >= 0) {
                return new FilterResult(List.of(), null);
            }
            Map<Long, String> streams = selectedStreams(connection, groupId.get(), query);
            if (streams.isEmpty()) {
                return new FilterResult(List.of(), null);
            }
            String match = FullTextQuery.of(query.pattern().indexQuery());
            boolean indexed = match != null && candidates(connection, match) < INDEXED_CANDIDATES;
            // CROSS JOIN keeps the index's candidates as the outer loop: SQLite must not scan the group instead.
            String sql = "SELECT " + COLUMNS + " FROM "
                    + (indexed ? "(SELECT rowid AS id FROM log_chunk_words WHERE log_chunk_words MATCH ?) AS w"
                            + " CROSS JOIN log_chunk c ON c.id = w.id" : "log_chunk c INDEXED BY log_chunk_by_group")
                    + " WHERE c.group_id = ? AND c.first_timestamp >= ? AND c.first_timestamp <= ?"
                    + " ORDER BY c.first_timestamp, c.id";
            try (var statement = connection.prepareStatement(sql)) {
                int parameter = 1;
                if (indexed) {
                    statement.setString(parameter++, match);
                }
                statement.setLong(parameter++, groupId.get());
                statement.setLong(parameter++, lowerChunkStart(query.after()));
                statement.setLong(parameter, query.until().timestamp());
                try (var chunks = statement.executeQuery()) {
                    return collect(chunks, streams, query, indexed ? Long.MAX_VALUE : SCAN_BUDGET);
                }
            }
        });
    }

    private static FilterResult collect(java.sql.ResultSet chunks, Map<Long, String> streams, FilterQuery query,
                                        long budget) throws SQLException {
        List<StoredLogEvent> found = new ArrayList<>();
        long[] bytes = {0};
        ChunkMerge.End end = ChunkMerge.forward(chunks, streams, query.after(), query.until(), true, budget, event -> {
            if (!query.pattern().matches(event.message())) {
                return true;
            }
            long size = event.message().getBytes(StandardCharsets.UTF_8).length;
            if (found.size() == query.limit() || (bytes[0] + size > query.maximumBytes() && !found.isEmpty())) {
                return false;
            }
            bytes[0] += size;
            return found.add(event);
        });
        // Stopped by the limit, the byte bound or the budget: every event up to the last visited one was examined.
        return new FilterResult(found, end.complete() ? null : end.lastVisited());
    }

    /** The selected streams of the group, id to name. */
    private static Map<Long, String> selectedStreams(Connection connection, long groupId, FilterQuery query)
            throws SQLException {
        Map<Long, String> selected = new HashMap<>();
        for (Object[] stream : Sql.query(connection, "SELECT id, name FROM log_stream WHERE group_id = ?",
                row -> new Object[] {row.getLong(1), row.getString(2)}, groupId)) {
            if (query.selects((String) stream[1])) {
                selected.put((Long) stream[0], (String) stream[1]);
            }
        }
        return selected;
    }

    private static long candidates(Connection connection, String match) throws SQLException {
        return Sql.queryFirst(connection, "SELECT count(*) FROM (SELECT rowid FROM log_chunk_words"
                + " WHERE log_chunk_words MATCH ? LIMIT ?)", row -> row.getLong(1), match, INDEXED_CANDIDATES)
                .orElseThrow();
    }

    /** The earliest first timestamp of a chunk that may hold an event after the position. */
    private static long lowerChunkStart(EventPosition after) {
        long timestamp = after.timestamp();
        return timestamp < Long.MIN_VALUE + LogChunkRows.CHUNK_SPAN_MILLISECONDS ? Long.MIN_VALUE
                : timestamp - LogChunkRows.CHUNK_SPAN_MILLISECONDS;
    }
}
