-- CloudWatch metrics at one-minute resolution. A series is a namespace, a metric name and an exact set of
-- dimensions (length-prefixed name/value pairs sorted by name); last_minute (epoch seconds) is its newest minute with
-- data, for ListMetrics and retention.
CREATE TABLE metric_series (
    id INTEGER PRIMARY KEY,
    namespace TEXT NOT NULL,
    metric_name TEXT NOT NULL,
    dimensions TEXT NOT NULL,
    last_minute INTEGER NOT NULL,
    UNIQUE (namespace, metric_name, dimensions)
) STRICT;

CREATE INDEX metric_series_by_activity ON metric_series (last_minute);

-- The samples of a series in one minute (epoch seconds) under one unit. distribution holds the values behind
-- percentiles: a flags byte (1 = available, 2 = exact) then (key, count) pairs of big-endian doubles, where the key
-- is a value while exact and a bucket index once bucketed.
CREATE TABLE metric_minute (
    series_id INTEGER NOT NULL REFERENCES metric_series (id) ON DELETE CASCADE,
    minute INTEGER NOT NULL,
    unit TEXT NOT NULL,
    sample_count REAL NOT NULL,
    sum REAL NOT NULL,
    minimum REAL NOT NULL,
    maximum REAL NOT NULL,
    distribution BLOB NOT NULL,
    PRIMARY KEY (series_id, minute, unit)
) STRICT, WITHOUT ROWID;

CREATE INDEX metric_minute_by_minute ON metric_minute (minute);
