-- SQS queues. attributes (those set explicitly, normalized) and tags in the length-prefixed encoding of
-- StringMapEncoding. Deleting a queue deletes its messages and deduplication entries.
CREATE TABLE queue (
    name TEXT PRIMARY KEY,
    fifo INTEGER NOT NULL,
    attributes TEXT NOT NULL,
    tags TEXT NOT NULL,
    created_at_epoch_millis INTEGER NOT NULL,
    last_modified_at_epoch_millis INTEGER NOT NULL
) STRICT;

-- Every message with its delivery state, keyed by its sequence: unique across queues and increasing in the order
-- of sending, so new messages are appended and a commit touches few pages. message_attributes and system_attributes
-- are in the binary encoding of MessageAttributeEncoding, NULL when none.
CREATE TABLE queue_message (
    sequence INTEGER PRIMARY KEY,
    queue_name TEXT NOT NULL REFERENCES queue (name) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    body TEXT NOT NULL,
    message_attributes BLOB,
    system_attributes BLOB,
    sent_at_epoch_millis INTEGER NOT NULL,
    message_group_id TEXT,
    deduplication_id TEXT,
    visible_at_epoch_millis INTEGER NOT NULL,
    receive_count INTEGER NOT NULL,
    first_received_at_epoch_millis INTEGER,
    received_at_epoch_millis INTEGER,
    receipt_token TEXT,
    dead_letter_source_arn TEXT
) STRICT;

-- Deleting a queue finds its messages here (and its messages, appended, are appended here too).
CREATE INDEX queue_message_by_queue ON queue_message (queue_name);

-- FIFO deduplication windows: deduplication_key is the id, prefixed with the message group and a newline when the
-- queue deduplicates per message group.
CREATE TABLE queue_deduplication (
    queue_name TEXT NOT NULL REFERENCES queue (name) ON DELETE CASCADE,
    deduplication_key TEXT NOT NULL,
    message_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    expires_at_epoch_millis INTEGER NOT NULL,
    PRIMARY KEY (queue_name, deduplication_key)
) STRICT;

CREATE INDEX queue_deduplication_by_expiry ON queue_deduplication (expires_at_epoch_millis);
