-- Event source mappings (SQS queue -> function). A mapping outlives its function, as in Lambda: no foreign key.
-- function_qualifier is '' for an unqualified function, so that the unique key also covers those mappings.
-- filter_patterns holds the FilterCriteria patterns in order, as index to pattern in the encoding of
-- StringMapEncoding. state is the EventSourceMappingState constant's name.
CREATE TABLE event_source_mapping (
    uuid TEXT PRIMARY KEY,
    event_source_arn TEXT NOT NULL,
    function_name TEXT NOT NULL,
    function_qualifier TEXT NOT NULL,
    batch_size INTEGER NOT NULL,
    maximum_batching_window_seconds INTEGER NOT NULL,
    filter_patterns TEXT NOT NULL,
    maximum_concurrency INTEGER,
    report_batch_item_failures INTEGER NOT NULL,
    enabled INTEGER NOT NULL,
    state TEXT NOT NULL,
    state_transition_reason TEXT NOT NULL,
    last_modified_epoch_millis INTEGER NOT NULL,
    UNIQUE (event_source_arn, function_name, function_qualifier)
) STRICT;

CREATE INDEX event_source_mapping_by_function ON event_source_mapping (function_name, uuid);
