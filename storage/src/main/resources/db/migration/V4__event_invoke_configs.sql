-- Asynchronous invocation settings of one qualifier of a function: $LATEST or a version (version_number, 0 for
-- $LATEST) or an alias (alias_name); exactly one of the two is set. The foreign keys delete a configuration with
-- its function, version or alias; ON UPDATE CASCADE lets an update of the parent row (which rewrites its key to the
-- same values) through.
CREATE TABLE event_invoke_config (
    function_name TEXT NOT NULL REFERENCES function (name) ON DELETE CASCADE,
    qualifier TEXT NOT NULL,
    version_number INTEGER,
    alias_name TEXT,
    maximum_retry_attempts INTEGER,
    maximum_event_age_seconds INTEGER,
    on_success TEXT,
    on_failure TEXT,
    last_modified_epoch_millis INTEGER NOT NULL,
    PRIMARY KEY (function_name, qualifier),
    FOREIGN KEY (function_name, version_number) REFERENCES function_version (function_name, version_number)
        ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (function_name, alias_name) REFERENCES alias (function_name, name)
        ON DELETE CASCADE ON UPDATE CASCADE,
    CHECK ((version_number IS NULL) <> (alias_name IS NULL))
) STRICT;

-- Deleting or updating a version or an alias looks its configuration up by these keys.
CREATE INDEX event_invoke_config_by_version ON event_invoke_config (function_name, version_number);
CREATE INDEX event_invoke_config_by_alias ON event_invoke_config (function_name, alias_name);

-- A version's DeadLetterConfig target (an SQS queue ARN), or NULL.
ALTER TABLE function_version ADD COLUMN dead_letter_target_arn TEXT;
