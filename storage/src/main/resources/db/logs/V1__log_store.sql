-- CloudWatch Logs in logs.db, a database of its own (docs/adr/0005-durable-logs.md). Instants are epoch milliseconds.
-- AUTOINCREMENT: ids are never reused, so that event positions stay valid as pagination cursors.
CREATE TABLE log_group (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    retention_days INTEGER,
    stored_bytes INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE log_group_tag (
    group_id INTEGER NOT NULL REFERENCES log_group (id) ON DELETE CASCADE,
    tag_key TEXT NOT NULL,
    tag_value TEXT NOT NULL,
    PRIMARY KEY (group_id, tag_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE log_stream (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id INTEGER NOT NULL REFERENCES log_group (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    first_event_at INTEGER,
    last_event_at INTEGER,
    last_ingested_at INTEGER,
    stored_bytes INTEGER NOT NULL DEFAULT 0,
    UNIQUE (group_id, name)
) STRICT;

-- Events are stored in chunks: consecutive events of one stream stored in one transaction, at most 256 of them and
-- 256 KB, spanning at most a minute, sorted by timestamp and encoded in one blob (LogChunkCodec). One row per chunk
-- instead of one per event is what makes thousands of lines a second cheap (docs/adr/0005-durable-logs.md). An
-- event's position is (timestamp, chunk id * 65536 + its index in the chunk). Chunks carry their group and stream
-- ids without foreign keys: deleting a group or stream removes its row at once and its chunks in bounded steps
-- afterwards (log_purge remembers what is left to remove across a crash).
CREATE TABLE log_chunk (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id INTEGER NOT NULL,
    stream_id INTEGER NOT NULL,
    first_timestamp INTEGER NOT NULL,
    last_timestamp INTEGER NOT NULL,
    ingested_at INTEGER NOT NULL,
    event_count INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    events BLOB NOT NULL
) STRICT;

CREATE INDEX log_chunk_by_stream ON log_chunk (stream_id, first_timestamp, id);

CREATE INDEX log_chunk_by_group ON log_chunk (group_id, first_timestamp, id);

-- The words of every chunk (rowid = log_chunk.id), for FilterLogEvents: contentless (the text is in log_chunk),
-- detail=none (which chunks hold a word, not where), the ascii tokenizer (ASCII letters and digits, and every
-- non-ASCII character, make words; ASCII case is folded), as core's filter patterns split words.
CREATE VIRTUAL TABLE log_chunk_words USING fts5 (events, content = '', contentless_delete = 1, tokenize = 'ascii',
    detail = none);

CREATE TABLE log_purge (
    group_id INTEGER NOT NULL,
    stream_id INTEGER
) STRICT;
