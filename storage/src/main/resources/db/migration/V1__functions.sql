-- One row per function: what belongs to the function rather than to one of its versions.
-- Deleting the row deletes every version, alias and tag, and with it the version counter (AWS numbers a recreated
-- function from 1 again).
CREATE TABLE function (
    name TEXT PRIMARY KEY,
    last_version_number INTEGER NOT NULL DEFAULT 0,
    reserved_concurrent_executions INTEGER
) STRICT;

-- $LATEST (version_number 0) and the published versions (their number) of every function.
-- environment holds the variables in the length-prefixed encoding of StringMapEncoding.
CREATE TABLE function_version (
    function_name TEXT NOT NULL REFERENCES function (name) ON DELETE CASCADE,
    version_number INTEGER NOT NULL,
    runtime TEXT NOT NULL,
    role TEXT,
    handler TEXT NOT NULL,
    description TEXT NOT NULL,
    timeout_seconds INTEGER NOT NULL,
    memory_size_megabytes INTEGER NOT NULL,
    ephemeral_storage_megabytes INTEGER NOT NULL,
    environment TEXT NOT NULL,
    architecture TEXT NOT NULL,
    code_sha256_base64 TEXT NOT NULL,
    code_size_bytes INTEGER NOT NULL,
    code_unzipped_size_bytes INTEGER NOT NULL,
    last_modified_epoch_millis INTEGER NOT NULL,
    revision_id TEXT NOT NULL,
    state TEXT NOT NULL,
    last_update_status TEXT NOT NULL,
    PRIMARY KEY (function_name, version_number)
) STRICT;

-- Lists the $LATEST of every function by name without scanning published versions.
CREATE INDEX function_version_by_number ON function_version (version_number, function_name);

-- additional_version_weights holds version to weight in the encoding of StringMapEncoding.
CREATE TABLE alias (
    function_name TEXT NOT NULL REFERENCES function (name) ON DELETE CASCADE,
    name TEXT NOT NULL,
    function_version TEXT NOT NULL,
    description TEXT NOT NULL,
    additional_version_weights TEXT NOT NULL,
    revision_id TEXT NOT NULL,
    PRIMARY KEY (function_name, name)
) STRICT;

CREATE TABLE function_tag (
    function_name TEXT NOT NULL REFERENCES function (name) ON DELETE CASCADE,
    tag_key TEXT NOT NULL,
    tag_value TEXT NOT NULL,
    PRIMARY KEY (function_name, tag_key)
) STRICT;
