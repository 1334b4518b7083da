package dev.barista.storage.sqlite;

import dev.barista.core.logs.LogBatch;
import dev.barista.core.logs.NewLogEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and deletes the event chunks of {@code logs.db}: an append stores each batch as chunks (at most
 * {@value LogChunkCodec#MAXIMUM_EVENTS} events and {@value LogChunkCodec#MAXIMUM_BYTES} bytes of messages, spanning at
 * most {@value #CHUNK_SPAN_MILLISECONDS} ms) with their
 * words indexed, all batches in one transaction; deletions (retention, the size bound, deleted groups and streams)
 * go chunk by chunk in bounded transactions, keeping the stored byte counts of groups and streams right. Thread-safe:
 * everything that writes runs in the database's single write transaction, and the id caches are touched only there.
 */
final class LogChunkRows {
    static final long CHUNK_SPAN_MILLISECONDS = 60_000;
    private static final int DELETE_CHUNKS = 500;

    private final Database database;
    /** Group name to id, and "group id/stream name" to stream id, of rows that exist; only used while writing. */
    private final Map<String, Long> groupIds = new HashMap<>();
    private final Map<String, Long> streamIds = new HashMap<>();

    LogChunkRows(Database database) {
        this.database = database;
    }

    List<Boolean> append(List<LogBatch> batches, long ingestionTime) {
        return database.write(connection -> {
            List<Boolean> results = new ArrayList<>(batches.size());
            try (PreparedStatement chunk = connection.prepareStatement("INSERT INTO log_chunk (group_id, stream_id,"
                    + " first_timestamp, last_timestamp, ingested_at, event_count, bytes, events)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
                 PreparedStatement words = connection.prepareStatement(
                         "INSERT INTO log_chunk_words (rowid, events) VALUES (?, ?)")) {
                for (LogBatch batch : batches) {
                    Optional<long[]> ids = resolve(connection, batch, ingestionTime);
                    if (ids.isPresent() && !batch.events().isEmpty()) {
                        store(connection, chunk, words, ids.get(), batch.events(), ingestionTime);
                    }
                    results.add(ids.isPresent());
                }
                words.executeBatch();
            }
            return results;
        });
    }

    private static void store(Connection connection, PreparedStatement chunk, PreparedStatement words, long[] ids,
                              List<NewLogEvent> events, long ingestionTime) throws SQLException {
        List<NewLogEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(NewLogEvent::timestamp));
        List<byte[]> messages = new ArrayList<>(sorted.size());
        for (NewLogEvent event : sorted) {
            messages.add(event.message().getBytes(StandardCharsets.UTF_8));
        }
        long totalBytes = 0;
        long chunkBytes = messages.getFirst().length;
        int start = 0;
        for (int index = 1; index <= sorted.size(); index++) {
            if (index == sorted.size() || index - start == LogChunkCodec.MAXIMUM_EVENTS
                    || chunkBytes + messages.get(index).length > LogChunkCodec.MAXIMUM_BYTES
                    || sorted.get(index).timestamp() - sorted.get(start).timestamp() > CHUNK_SPAN_MILLISECONDS) {
                totalBytes += insert(chunk, words, ids, sorted.subList(start, index), messages.subList(start, index),
                        ingestionTime);
                start = index;
                chunkBytes = 0;
            }
            if (index < sorted.size()) {
                chunkBytes += messages.get(index).length;
            }
        }
        Sql.update(connection, "UPDATE log_stream SET first_event_at = min(coalesce(first_event_at, ?1), ?1),"
                + " last_event_at = max(coalesce(last_event_at, ?2), ?2), last_ingested_at = ?3,"
                + " stored_bytes = stored_bytes + ?4 WHERE id = ?5", sorted.getFirst().timestamp(),
                sorted.getLast().timestamp(), ingestionTime, totalBytes, ids[1]);
        Sql.update(connection, "UPDATE log_group SET stored_bytes = stored_bytes + ? WHERE id = ?", totalBytes,
                ids[0]);
    }

    /** Inserts one chunk and queues its words; returns its message bytes. */
    private static long insert(PreparedStatement chunk, PreparedStatement words, long[] ids, List<NewLogEvent> events,
                               List<byte[]> messages, long ingestionTime) throws SQLException {
        long first = events.getFirst().timestamp();
        byte[] blob = LogChunkCodec.encode(events, messages, first);
        StringBuilder text = new StringBuilder(blob.length + events.size());
        long bytes = 0;
        for (int index = 0; index < events.size(); index++) {
            text.append(events.get(index).message()).append('\n');
            bytes += messages.get(index).length;
        }
        chunk.setLong(1, ids[0]);
        chunk.setLong(2, ids[1]);
        chunk.setLong(3, first);
        chunk.setLong(4, events.getLast().timestamp());
        chunk.setLong(5, ingestionTime);
        chunk.setInt(6, events.size());
        chunk.setLong(7, bytes);
        chunk.setBytes(8, blob);
        long id;
        try (var generated = chunk.executeQuery()) {
            generated.next();
            id = generated.getLong(1);
        }
        words.setLong(1, id);
        words.setString(2, text.toString());
        words.addBatch();
        return bytes;
    }

    /** The group and stream ids of a batch, created when it may create them; empty when it may not. */
    private Optional<long[]> resolve(Connection connection, LogBatch batch, long ingestionTime) throws SQLException {
        Long groupId = groupIds.get(batch.groupName());
        if (groupId == null) {
            groupId = SqliteLogStore.groupId(connection, batch.groupName()).orElse(null);
            if (groupId == null && batch.createMissing()) {
                groupId = Sql.queryFirst(connection, "INSERT INTO log_group (name, created_at) VALUES (?, ?)"
                        + " RETURNING id", row -> row.getLong(1), batch.groupName(), ingestionTime).orElseThrow();
            }
            if (groupId == null) {
                return Optional.empty();
            }
            groupIds.put(batch.groupName(), groupId);
        }
        String streamKey = groupId + "/" + batch.streamName();
        Long streamId = streamIds.get(streamKey);
        if (streamId == null) {
            streamId = Sql.queryFirst(connection, "SELECT id FROM log_stream WHERE group_id = ? AND name = ?",
                    row -> row.getLong(1), groupId, batch.streamName()).orElse(null);
            if (streamId == null && batch.createMissing()) {
                streamId = Sql.queryFirst(connection, "INSERT INTO log_stream (group_id, name, created_at)"
                        + " VALUES (?, ?, ?) RETURNING id", row -> row.getLong(1), groupId, batch.streamName(),
                        ingestionTime).orElseThrow();
            }
            if (streamId == null) {
                return Optional.empty();
            }
            streamIds.put(streamKey, streamId);
        }
        return Optional.of(new long[] {groupId, streamId});
    }

    /** Drops cached ids of a deleted group (stream null) or stream; called inside the deleting transaction. */
    void forget(long groupId, Long streamId) {
        if (streamId == null) {
            groupIds.values().removeIf(id -> id == groupId);
            streamIds.keySet().removeIf(key -> key.startsWith(groupId + "/"));
        } else {
            streamIds.values().removeIf(id -> id.longValue() == streamId);
        }
    }

    /** Deletes the group's chunks whose events are all older than {@code timestamp}; returns how many events. */
    long deleteBefore(String groupName, long timestamp) {
        long deleted = 0;
        while (true) {
            long[] step = database.write(connection -> {
                Optional<Long> groupId = SqliteLogStore.groupId(connection, groupName);
                if (groupId.isEmpty()) {
                    return new long[] {0, 0};
                }
                List<long[]> chunks = Sql.query(connection, "SELECT id, group_id, stream_id, bytes, event_count"
                        + " FROM log_chunk WHERE group_id = ? AND first_timestamp < ? AND last_timestamp < ?"
                        + " ORDER BY first_timestamp LIMIT ?", LogChunkRows::row, groupId.get(), timestamp, timestamp,
                        DELETE_CHUNKS);
                return new long[] {chunks.size(), delete(connection, chunks)};
            });
            deleted += step[1];
            if (step[0] < DELETE_CHUNKS) {
                return deleted;
            }
        }
    }

    /** Deletes the earliest stored chunks until at least {@code bytes} of messages are freed; returns events. */
    long deleteOldest(long bytes) {
        long freed = 0;
        long deleted = 0;
        while (freed < bytes) {
            long wanted = bytes - freed;
            long[] step = database.write(connection -> {
                List<long[]> chunks = new ArrayList<>();
                long sum = 0;
                for (long[] chunk : Sql.query(connection, "SELECT id, group_id, stream_id, bytes, event_count"
                        + " FROM log_chunk ORDER BY id LIMIT ?", LogChunkRows::row, DELETE_CHUNKS)) {
                    if (sum >= wanted) {
                        break;
                    }
                    chunks.add(chunk);
                    sum += chunk[3];
                }
                return new long[] {chunks.size(), sum, delete(connection, chunks)};
            });
            if (step[0] == 0) {
                return deleted;
            }
            freed += step[1];
            deleted += step[2];
        }
        return deleted;
    }

    /** Removes the chunks of deleted groups and streams that a crash left behind. */
    void resumePurges() {
        for (Long[] purge : database.read(connection -> Sql.query(connection, "SELECT group_id, stream_id"
                + " FROM log_purge", row -> new Long[] {row.getLong(1), (Long) row.getObject(2)}))) {
            purge(purge[0], purge[1]);
        }
    }

    /** Deletes, step by step, the chunks of a deleted group (stream null) or stream, then its purge record. */
    void purge(long groupId, Long streamId) {
        String where = streamId == null ? "group_id = ?" : "stream_id = ?";
        long id = streamId == null ? groupId : streamId;
        while (true) {
            int step = database.write(connection -> {
                List<Long> chunks = Sql.query(connection, "SELECT id FROM log_chunk WHERE " + where + " LIMIT ?",
                        row -> row.getLong(1), id, DELETE_CHUNKS);
                deleteRows(connection, chunks);
                if (chunks.size() < DELETE_CHUNKS) {
                    Sql.update(connection, "DELETE FROM log_purge WHERE group_id = ? AND stream_id IS ?", groupId,
                            streamId);
                }
                return chunks.size();
            });
            if (step < DELETE_CHUNKS) {
                return;
            }
        }
    }

    /** Deletes chunks ({@code id, group, stream, bytes, events}), taking their bytes off streams and groups. */
    private static long delete(Connection connection, List<long[]> chunks) throws SQLException {
        Map<Long, Long> streamBytes = new HashMap<>();
        Map<Long, Long> groupBytes = new HashMap<>();
        List<Long> ids = new ArrayList<>(chunks.size());
        long events = 0;
        for (long[] chunk : chunks) {
            ids.add(chunk[0]);
            groupBytes.merge(chunk[1], chunk[3], Long::sum);
            streamBytes.merge(chunk[2], chunk[3], Long::sum);
            events += chunk[4];
        }
        deleteRows(connection, ids);
        for (Map.Entry<Long, Long> stream : streamBytes.entrySet()) {
            Sql.update(connection, "UPDATE log_stream SET stored_bytes = stored_bytes - ? WHERE id = ?",
                    stream.getValue(), stream.getKey());
        }
        for (Map.Entry<Long, Long> group : groupBytes.entrySet()) {
            Sql.update(connection, "UPDATE log_group SET stored_bytes = stored_bytes - ? WHERE id = ?",
                    group.getValue(), group.getKey());
        }
        return events;
    }

    private static void deleteRows(Connection connection, List<Long> ids) throws SQLException {
        try (PreparedStatement chunk = connection.prepareStatement("DELETE FROM log_chunk WHERE id = ?");
             PreparedStatement words = connection.prepareStatement("DELETE FROM log_chunk_words WHERE rowid = ?")) {
            for (long id : ids) {
                chunk.setLong(1, id);
                chunk.addBatch();
                words.setLong(1, id);
                words.addBatch();
            }
            chunk.executeBatch();
            words.executeBatch();
        }
    }

    private static long[] row(java.sql.ResultSet row) throws SQLException {
        return new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)};
    }
}
