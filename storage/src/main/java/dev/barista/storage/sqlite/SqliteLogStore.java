package dev.barista.storage.sqlite;

import dev.barista.core.logs.EventPosition;
import dev.barista.core.logs.FilterQuery;
import dev.barista.core.logs.FilterResult;
import dev.barista.core.logs.GroupQuery;
import dev.barista.core.logs.LogBatch;
import dev.barista.core.logs.LogGroup;
import dev.barista.core.logs.LogStore;
import dev.barista.core.logs.LogStream;
import dev.barista.core.logs.StoredLogEvent;
import dev.barista.core.logs.StreamQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link LogStore} in its own SQLite database, {@code logs.db} (see {@code docs/adr/0005-durable-logs.md}): groups,
 * streams and tags here; events in {@link LogEventRows} and searches in {@link LogSearch}. Deleting a group or stream
 * removes it at once and its events in bounded chunks afterwards, resumed at the next start after a crash. Thread-safe.
 */
public final class SqliteLogStore implements LogStore {
    public static final String FILE_NAME = "logs.db";
    static final List<String> MIGRATIONS = List.of("V1__log_store.sql");

    private final Database database;
    private final LogChunkRows events;
    private final LogChunkReads reads;

    /** A store in the given database, which the caller opens ({@link #open}) and closes. */
    public SqliteLogStore(Database database) {
        this.database = database;
        this.events = new LogChunkRows(database);
        this.reads = new LogChunkReads(database);
        events.resumePurges();
    }

    /** Opens (creating if needed) {@code logs.db} in a data directory. */
    public static Database open(Path dataDirectory) {
        return Database.open(dataDirectory, FILE_NAME, "db/logs", MIGRATIONS);
    }

    @Override
    public boolean createGroup(String name, Instant createdAt, Map<String, String> tags) {
        return database.write(connection -> {
            int inserted = Sql.update(connection, "INSERT INTO log_group (name, created_at) VALUES (?, ?)"
                    + " ON CONFLICT (name) DO NOTHING", name, createdAt.toEpochMilli());
            if (inserted == 0) {
                return false;
            }
            long id = Sql.queryFirst(connection, "SELECT id FROM log_group WHERE name = ?", row -> row.getLong(1),
                    name).orElseThrow();
            putTags(connection, id, tags);
            return true;
        });
    }

    @Override
    public boolean deleteGroup(String name) {
        Optional<Long> id = database.write(connection -> {
            Optional<Long> found = groupId(connection, name);
            if (found.isPresent()) {
                Sql.update(connection, "DELETE FROM log_group WHERE id = ?", found.get());
                Sql.update(connection, "INSERT INTO log_purge (group_id, stream_id) VALUES (?, NULL)", found.get());
                events.forget(found.get(), null);
            }
            return found;
        });
        id.ifPresent(groupId -> events.purge(groupId, null));
        return id.isPresent();
    }

    @Override
    public Optional<LogGroup> group(String name) {
        return database.read(connection -> Sql.queryFirst(connection, "SELECT name, created_at, retention_days,"
                + " stored_bytes FROM log_group WHERE name = ?", SqliteLogStore::group, name));
    }

    @Override
    public long groupCount() {
        return database.read(connection -> Sql.queryFirst(connection, "SELECT count(*) FROM log_group",
                row -> row.getLong(1)).orElseThrow());
    }

    @Override
    public List<LogGroup> groups(GroupQuery query) {
        return database.read(connection -> Sql.query(connection, "SELECT name, created_at, retention_days,"
                        + " stored_bytes FROM log_group WHERE (?1 IS NULL OR substr(name, 1, length(?1)) = ?1)"
                        + " AND (?2 IS NULL OR instr(name, ?2) > 0) AND (?3 IS NULL OR name > ?3)"
                        + " ORDER BY name LIMIT ?4", SqliteLogStore::group,
                query.prefix(), query.substring(), query.afterName(), query.limit()));
    }

    @Override
    public boolean setRetention(String groupName, Integer retentionInDays) {
        return database.write(connection -> Sql.update(connection, "UPDATE log_group SET retention_days = ?"
                + " WHERE name = ?", retentionInDays, groupName) == 1);
    }

    @Override
    public Optional<Map<String, String>> tags(String groupName) {
        return database.read(connection -> {
            Optional<Long> id = groupId(connection, groupName);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> tags = new LinkedHashMap<>();
            for (String[] tag : Sql.query(connection, "SELECT tag_key, tag_value FROM log_group_tag"
                    + " WHERE group_id = ? ORDER BY tag_key", row -> new String[] {row.getString(1),
                    row.getString(2)}, id.get())) {
                tags.put(tag[0], tag[1]);
            }
            return Optional.of(tags);
        });
    }

    @Override
    public boolean putTags(String groupName, Map<String, String> tags) {
        return database.write(connection -> {
            Optional<Long> id = groupId(connection, groupName);
            if (id.isPresent()) {
                putTags(connection, id.get(), tags);
            }
            return id.isPresent();
        });
    }

    @Override
    public boolean removeTags(String groupName, Collection<String> keys) {
        return database.write(connection -> {
            Optional<Long> id = groupId(connection, groupName);
            if (id.isPresent()) {
                for (String key : keys) {
                    Sql.update(connection, "DELETE FROM log_group_tag WHERE group_id = ? AND tag_key = ?", id.get(),
                            key);
                }
            }
            return id.isPresent();
        });
    }

    @Override
    public StreamCreation createStream(String groupName, String streamName, Instant createdAt) {
        return database.write(connection -> {
            Optional<Long> id = groupId(connection, groupName);
            if (id.isEmpty()) {
                return StreamCreation.NO_GROUP;
            }
            return Sql.update(connection, "INSERT INTO log_stream (group_id, name, created_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (group_id, name) DO NOTHING", id.get(), streamName, createdAt.toEpochMilli()) == 1
                    ? StreamCreation.CREATED : StreamCreation.ALREADY_EXISTS;
        });
    }

    @Override
    public boolean deleteStream(String groupName, String streamName) {
        Optional<long[]> ids = database.write(connection -> {
            Optional<long[]> found = Sql.queryFirst(connection, "SELECT s.group_id, s.id FROM log_stream s"
                    + " JOIN log_group g ON g.id = s.group_id WHERE g.name = ? AND s.name = ?",
                    row -> new long[] {row.getLong(1), row.getLong(2)}, groupName, streamName);
            if (found.isPresent()) {
                long[] key = found.get();
                Sql.update(connection, "UPDATE log_group SET stored_bytes = stored_bytes - (SELECT stored_bytes"
                        + " FROM log_stream WHERE id = ?) WHERE id = ?", key[1], key[0]);
                Sql.update(connection, "DELETE FROM log_stream WHERE id = ?", key[1]);
                Sql.update(connection, "INSERT INTO log_purge (group_id, stream_id) VALUES (?, ?)", key[0], key[1]);
                events.forget(key[0], key[1]);
            }
            return found;
        });
        ids.ifPresent(key -> events.purge(key[0], key[1]));
        return ids.isPresent();
    }

    @Override
    public Optional<LogStream> stream(String groupName, String streamName) {
        return database.read(connection -> Sql.queryFirst(connection, "SELECT s.name, s.created_at,"
                + " s.first_event_at, s.last_event_at, s.last_ingested_at, s.stored_bytes FROM log_stream s"
                + " JOIN log_group g ON g.id = s.group_id WHERE g.name = ? AND s.name = ?", SqliteLogStore::stream,
                groupName, streamName));
    }

    @Override
    public List<LogStream> streams(String groupName, StreamQuery query) {
        String key = query.order() == StreamQuery.Order.NAME ? "(0, s.name)" : "(coalesce(s.last_event_at, 0), s.name)";
        String direction = query.descending() ? "DESC" : "ASC";
        String order = query.order() == StreamQuery.Order.NAME ? "s.name " + direction
                : "coalesce(s.last_event_at, 0) " + direction + ", s.name " + direction;
        String after = query.after() == null ? "" : " AND " + key + (query.descending() ? " < " : " > ")
                + (query.order() == StreamQuery.Order.NAME ? "(0, ?3)" : "(?4, ?3)");
        return database.read(connection -> Sql.query(connection, "SELECT s.name, s.created_at, s.first_event_at,"
                        + " s.last_event_at, s.last_ingested_at, s.stored_bytes FROM log_stream s JOIN log_group g"
                        + " ON g.id = s.group_id WHERE g.name = ?1"
                        + " AND (?2 IS NULL OR substr(s.name, 1, length(?2)) = ?2)" + after
                        + " ORDER BY " + order + " LIMIT ?5", SqliteLogStore::stream,
                groupName, query.prefix(), query.after() == null ? null : query.after().name(),
                query.after() == null ? null : query.after().lastEventTime(), query.limit()));
    }

    @Override
    public List<Boolean> append(List<LogBatch> batches, long ingestionTime) {
        return events.append(batches, ingestionTime);
    }

    @Override
    public List<StoredLogEvent> events(String groupName, String streamName, EventPosition after,
                                       EventPosition before, boolean fromHead, int limit) {
        return reads.read(groupName, streamName, after, before, fromHead, limit);
    }

    @Override
    public FilterResult filter(String groupName, FilterQuery query) {
        return reads.filter(groupName, query);
    }

    @Override
    public long deleteEventsBefore(String groupName, long timestamp) {
        return events.deleteBefore(groupName, timestamp);
    }

    @Override
    public long storedBytes() {
        return database.read(connection -> Sql.queryFirst(connection, "SELECT coalesce(sum(stored_bytes), 0)"
                + " FROM log_group", row -> row.getLong(1)).orElseThrow());
    }

    @Override
    public long deleteOldest(long bytes) {
        return events.deleteOldest(bytes);
    }

    static Optional<Long> groupId(Connection connection, String name) throws SQLException {
        return Sql.queryFirst(connection, "SELECT id FROM log_group WHERE name = ?", row -> row.getLong(1), name);
    }

    private static void putTags(Connection connection, long groupId, Map<String, String> tags) throws SQLException {
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            Sql.update(connection, "INSERT INTO log_group_tag (group_id, tag_key, tag_value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (group_id, tag_key) DO UPDATE SET tag_value = excluded.tag_value", groupId,
                    tag.getKey(), tag.getValue());
        }
    }

    private static LogGroup group(ResultSet row) throws SQLException {
        return new LogGroup(row.getString(1), Instant.ofEpochMilli(row.getLong(2)),
                row.getObject(3) == null ? null : row.getInt(3), row.getLong(4));
    }

    private static LogStream stream(ResultSet row) throws SQLException {
        return new LogStream(row.getString(1), Instant.ofEpochMilli(row.getLong(2)), instant(row, 3), instant(row, 4),
                instant(row, 5), row.getLong(6));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
