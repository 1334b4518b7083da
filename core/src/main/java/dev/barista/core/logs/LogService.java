package dev.barista.core.logs;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import dev.barista.core.function.AccountSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CloudWatch Logs on a {@link LogStore}: groups, streams, retention and tags here; writing and reading events in
 * {@link EventWriter} and {@link EventReader}. It is also where functions' output goes ({@link LogEventSink}): each
 * line becomes an event of the function's group and stream, both created on first output as Lambda does.
 * {@link #enforceBounds} applies retention and the size bound. Thread-safe.
 */
public final class LogService implements LogEventSink, AutoCloseable {
    private final LogStore store;
    private final LogSettings settings;
    private final Clock clock;
    private final LogGroupArns arns;
    private final LogIngestion ingestion;
    private final EventWriter writer;
    private final EventReader reader;

    public LogService(LogStore store, LogSettings settings, AccountSettings account, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.arns = new LogGroupArns(account);
        this.ingestion = new LogIngestion(store, clock, settings.bufferedBatches());
        this.writer = new EventWriter(store, ingestion, clock);
        this.reader = new EventReader(store, arns);
    }

    /** A function's output line, stored with a final newline as Lambda stores it; returns once buffered. */
    @Override
    public void append(LogEvent event) {
        ingestion.append(new LogBatch(event.group(), event.stream(),
                List.of(new NewLogEvent(event.timestamp().toEpochMilli(), event.message() + "\n")), true));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html">CreateLogGroup</a>.
     */
    public void createLogGroup(String name, Map<String, String> tags, String logGroupClass) {
        LogLimits.groupName(name, "logGroupName");
        LogLimits.groupClass(logGroupClass);
        Map<String, String> checked = tags == null ? Map.of() : tags;
        LogLimits.tags(checked, "tags");
        if (store.groupCount() >= settings.maximumGroups()) {
            throw new BaristaException(ErrorCode.LIMIT_EXCEEDED, "Resource limit exceeded.");
        }
        if (!store.createGroup(name, clock.instant(), checked)) {
            throw BaristaException.conflict("The specified log group already exists");
        }
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogGroup.html">DeleteLogGroup</a>.
     */
    public void deleteLogGroup(String name) {
        LogLimits.groupName(name, "logGroupName");
        if (!store.deleteGroup(name)) {
            throw groupNotFound();
        }
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html">DescribeLogGroups</a>.
     */
    public Listing<LogGroup> describeLogGroups(String prefix, String pattern, List<String> identifiers,
                                               String nextToken, Integer limit) {
        if (identifiers != null) {
            if (prefix != null || pattern != null) {
                throw BaristaException.invalidParameter("logGroupIdentifiers cannot be combined with"
                        + " logGroupNamePrefix or logGroupNamePattern.");
            }
            if (identifiers.isEmpty() || identifiers.size() > 50) {
                throw LogLimits.violation(identifiers, "logGroupIdentifiers",
                        "Member must have length less than or equal to 50 and greater than or equal to 1");
            }
            return new Listing<>(identifiers.stream().map(identifier -> arns.resolve(null, identifier)).distinct()
                    .sorted().map(store::group).flatMap(java.util.Optional::stream).toList(), null);
        }
        if (prefix != null && pattern != null) {
            throw BaristaException.invalidParameter(
                    "LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.");
        }
        LogLimits.prefix(prefix, "logGroupNamePrefix");
        int pageSize = LogLimits.limit(limit, 50, 50);
        List<LogGroup> groups = store.groups(new GroupQuery(prefix, pattern, LogTokens.key("groups", nextToken),
                pageSize + 1));
        return groups.size() > pageSize
                ? new Listing<>(groups.subList(0, pageSize),
                        LogTokens.opaque("groups", groups.get(pageSize - 1).name()))
                : new Listing<>(groups, null);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html">PutRetentionPolicy</a>.
     */
    public void putRetentionPolicy(String groupName, Integer retentionInDays) {
        LogLimits.groupName(groupName, "logGroupName");
        LogLimits.retention(retentionInDays);
        if (!store.setRetention(groupName, retentionInDays)) {
            throw groupNotFound();
        }
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteRetentionPolicy.html">DeleteRetentionPolicy</a>.
     */
    public void deleteRetentionPolicy(String groupName) {
        LogLimits.groupName(groupName, "logGroupName");
        if (!store.setRetention(groupName, null)) {
            throw groupNotFound();
        }
    }

    /** ListTagsLogGroup (by name) and ListTagsForResource (by ARN, {@code byArn}). */
    public Map<String, String> tags(String group, boolean byArn) {
        String name = groupName(group, byArn);
        return store.tags(name).orElseThrow(LogService::groupNotFound);
    }

    /** TagLogGroup (by name) and TagResource (by ARN, {@code byArn}). */
    public void tag(String group, boolean byArn, Map<String, String> tags) {
        String name = groupName(group, byArn);
        LogLimits.required(tags, "tags");
        Map<String, String> existing = store.tags(name).orElseThrow(LogService::groupNotFound);
        long merged = tags.keySet().stream().filter(key -> !existing.containsKey(key)).count() + existing.size();
        if (merged > 50) {
            // TagResource has its own exception for this; the older TagLogGroup reports an invalid parameter.
            throw new BaristaException(byArn ? ErrorCode.TOO_MANY_TAGS : ErrorCode.INVALID_PARAMETER_VALUE,
                    "A resource can have no more than 50 tags.");
        }
        LogLimits.tags(tags, "tags");
        if (!store.putTags(name, tags)) {
            throw groupNotFound();
        }
    }

    /** UntagLogGroup (by name) and UntagResource (by ARN, {@code byArn}). */
    public void untag(String group, boolean byArn, List<String> keys) {
        String name = groupName(group, byArn);
        LogLimits.required(keys, byArn ? "tagKeys" : "tags");
        keys.forEach(key -> LogLimits.tagKey(key, byArn ? "tagKeys" : "tags"));
        if (!store.removeTags(name, keys)) {
            throw groupNotFound();
        }
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html">CreateLogStream</a>.
     */
    public void createLogStream(String groupName, String streamName) {
        LogLimits.groupName(groupName, "logGroupName");
        LogLimits.streamName(streamName, "logStreamName");
        switch (store.createStream(groupName, streamName, clock.instant())) {
            case CREATED -> { }
            case ALREADY_EXISTS -> throw BaristaException.conflict("The specified log stream already exists");
            case NO_GROUP -> throw groupNotFound();
        }
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeleteLogStream.html">DeleteLogStream</a>.
     */
    public void deleteLogStream(String groupName, String streamName) {
        LogLimits.groupName(groupName, "logGroupName");
        LogLimits.streamName(streamName, "logStreamName");
        if (store.group(groupName).isEmpty()) {
            throw groupNotFound();
        }
        if (!store.deleteStream(groupName, streamName)) {
            throw streamNotFound();
        }
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogStreams.html">DescribeLogStreams</a>.
     */
    public StreamListing describeLogStreams(StreamsRequest request) {
        return reader.describeLogStreams(request);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">PutLogEvents</a>.
     */
    public PutLogEventsResult putLogEvents(String groupName, String streamName, List<NewLogEvent> events) {
        return writer.putLogEvents(groupName, streamName, events);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetLogEvents.html">GetLogEvents</a>.
     */
    public EventsPage getLogEvents(EventsRequest request) {
        return reader.getLogEvents(request);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html">FilterLogEvents</a>.
     */
    public FilteredEvents filterLogEvents(FilterRequest request) {
        return reader.filterLogEvents(request);
    }

    /** A group's ARN, {@code arn:aws:logs:<region>:<account>:log-group:<name>}. */
    public String groupArn(String groupName) {
        return arns.of(groupName);
    }

    /**
     * Deletes events older than their group's retention (by the clock), then the oldest events of all groups while
     * the store holds more than its size bound. Meant to run periodically, never concurrently with itself.
     */
    public void enforceBounds() {
        long now = clock.millis();
        String after = null;
        List<LogGroup> page;
        do {
            page = store.groups(new GroupQuery(null, null, after, 100));
            for (LogGroup group : page) {
                if (group.retentionInDays() != null) {
                    store.deleteEventsBefore(group.name(), now - group.retentionInDays() * 86_400_000L);
                }
            }
            after = page.isEmpty() ? null : page.getLast().name();
        } while (page.size() == 100);
        long excess = store.storedBytes() - settings.maximumStoredBytes();
        if (excess > 0) {
            store.deleteOldest(excess);
        }
    }

    /** Stores every buffered event, then stops the writer. */
    @Override
    public void close() {
        ingestion.close();
    }

    private String groupName(String group, boolean byArn) {
        if (byArn) {
            return arns.groupName(group);
        }
        LogLimits.groupName(group, "logGroupName");
        return group;
    }

    static BaristaException groupNotFound() {
        return BaristaException.notFound("The specified log group does not exist.");
    }

    static BaristaException streamNotFound() {
        return BaristaException.notFound("The specified log stream does not exist.");
    }
}
