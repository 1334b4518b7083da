-- Accepted Event invocations until they complete. sequence (the rowid) keeps enqueue order; a new row always gets
-- a sequence above every row still present.
CREATE TABLE async_invocation (
    sequence INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE,
    function_name TEXT NOT NULL,
    qualifier TEXT,
    payload BLOB NOT NULL,
    accepted_at_epoch_millis INTEGER NOT NULL
) STRICT;

CREATE INDEX async_invocation_by_acceptance ON async_invocation (accepted_at_epoch_millis, sequence);
