-- Metered usage, one row per minute, function, memory size and architecture; the meter adds to a row at each flush.
-- megabyte_milliseconds is billed duration times memory size: GB-seconds times 1,024,000, kept exact.
CREATE TABLE metered_usage (
    minute_epoch_millis INTEGER NOT NULL,
    function_name TEXT NOT NULL,
    memory_size_megabytes INTEGER NOT NULL,
    architecture TEXT NOT NULL,
    requests INTEGER NOT NULL,
    billed_milliseconds INTEGER NOT NULL,
    megabyte_milliseconds INTEGER NOT NULL,
    PRIMARY KEY (minute_epoch_millis, function_name, memory_size_megabytes, architecture)
) STRICT, WITHOUT ROWID;

-- The peak sum of the memory sizes of invocations running at the same time, per minute; it only ever rises.
CREATE TABLE concurrency_peak (
    minute_epoch_millis INTEGER PRIMARY KEY,
    peak_megabytes INTEGER NOT NULL
) STRICT;
