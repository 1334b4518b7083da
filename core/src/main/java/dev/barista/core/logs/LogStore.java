package dev.barista.core.logs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable storage of log groups, streams and events (SPI). Every method is atomic and durable when it returns: a
 * crash afterwards loses nothing it reported done. Implementations are thread-safe; appends are made by one
 * writer at a time ({@link LogIngestion}), everything else may come from any thread. Names are compared exactly.
 * Events are read in {@link EventPosition} order; the store numbers them when it stores them and never reuses a
 * number, so positions stay valid as pagination cursors while events are appended and deleted.
 */
public interface LogStore {

    /** False if a group of that name exists. */
    boolean createGroup(String name, Instant createdAt, Map<String, String> tags);

    /** Deletes a group with its streams, events and tags; false if it did not exist. */
    boolean deleteGroup(String name);

    Optional<LogGroup> group(String name);

    /** How many groups exist. */
    long groupCount();

    /** Groups by name, ascending, at most {@code query.limit()}. */
    List<LogGroup> groups(GroupQuery query);

    /** Sets (or, with null, removes) a group's retention; false if the group does not exist. */
    boolean setRetention(String groupName, Integer retentionInDays);

    /** Empty if the group does not exist. */
    Optional<Map<String, String>> tags(String groupName);

    /** Adds or overwrites tags; false if the group does not exist. */
    boolean putTags(String groupName, Map<String, String> tags);

    /** Removes tags, ignoring keys it does not have; false if the group does not exist. */
    boolean removeTags(String groupName, Collection<String> keys);

    StreamCreation createStream(String groupName, String streamName, Instant createdAt);

    /** Deletes a stream with its events; false if the group or the stream does not exist. */
    boolean deleteStream(String groupName, String streamName);

    /** Empty if the group or the stream does not exist. */
    Optional<LogStream> stream(String groupName, String streamName);

    /** Streams of a group in the query's order, at most {@code query.limit()}; empty if the group does not exist. */
    List<LogStream> streams(String groupName, StreamQuery query);

    /**
     * Appends batches in one transaction, each batch's events in order; returns, per batch, whether it was stored
     * (false: its group or stream is missing and the batch does not create them). A group this creates has no
     * retention and no tags; a stream it creates is created at the ingestion time.
     *
     * @param ingestionTime when the events are stored, epoch milliseconds
     */
    List<Boolean> append(List<LogBatch> batches, long ingestionTime);

    /**
     * Events of one stream strictly between two positions, ascending: the first {@code limit} of them when
     * {@code fromHead}, else the last {@code limit}. Empty if the group or stream does not exist.
     */
    List<StoredLogEvent> events(String groupName, String streamName, EventPosition after, EventPosition before,
                                boolean fromHead, int limit);

    /** Events of a group that match a query, ascending; see {@link FilterQuery} for how much one call reads. */
    FilterResult filter(String groupName, FilterQuery query);

    /**
     * Deletes a group's events with a timestamp before {@code timestamp}; returns how many. A store may keep an
     * older event a little longer (at most a minute of timestamps) while it is stored together with later events.
     */
    long deleteEventsBefore(String groupName, long timestamp);

    /** The UTF-8 bytes of every stored message. */
    long storedBytes();

    /**
     * Deletes the earliest stored events, whatever their group, until at least {@code bytes} are freed (a store may
     * free a few more: those stored together with the last one it needs to delete); returns how many.
     */
    long deleteOldest(long bytes);

    /** What {@link #createStream} did. */
    enum StreamCreation {
        CREATED,
        ALREADY_EXISTS,
        NO_GROUP
    }
}
