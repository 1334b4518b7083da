package dev.barista.core.logs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link LogStore} in memory, for tests: the reference the SQLite store's contract is checked against. */
public final class InMemoryLogStore implements LogStore {
    private final TreeMap<String, Group> groups = new TreeMap<>();
    private long sequence;

    private static final class Group {
        final Instant createdAt;
        Integer retention;
        final Map<String, String> tags = new LinkedHashMap<>();
        final TreeMap<String, Stream> streams = new TreeMap<>();

        Group(Instant createdAt) {
            this.createdAt = createdAt;
        }
    }

    private static final class Stream {
        final Instant createdAt;
        Instant first;
        Instant last;
        Instant ingested;
        final TreeMap<EventPosition, Stored> events = new TreeMap<>();

        Stream(Instant createdAt) {
            this.createdAt = createdAt;
        }
    }

    private record Stored(long ingestionTime, String message, long stored) {
    }

    @Override
    public synchronized boolean createGroup(String name, Instant createdAt, Map<String, String> tags) {
        if (groups.containsKey(name)) {
            return false;
        }
        Group group = new Group(createdAt);
        group.tags.putAll(tags);
        groups.put(name, group);
        return true;
    }

    @Override
    public synchronized boolean deleteGroup(String name) {
        return groups.remove(name) != null;
    }

    @Override
    public synchronized Optional<LogGroup> group(String name) {
        return Optional.ofNullable(groups.get(name)).map(group -> describe(name, group));
    }

    @Override
    public synchronized long groupCount() {
        return groups.size();
    }

    @Override
    public synchronized List<LogGroup> groups(GroupQuery query) {
        return groups.entrySet().stream()
                .filter(entry -> query.prefix() == null || entry.getKey().startsWith(query.prefix()))
                .filter(entry -> query.substring() == null || entry.getKey().contains(query.substring()))
                .filter(entry -> query.afterName() == null || entry.getKey().compareTo(query.afterName()) > 0)
                .limit(query.limit()).map(entry -> describe(entry.getKey(), entry.getValue())).toList();
    }

    @Override
    public synchronized boolean setRetention(String groupName, Integer retentionInDays) {
        Group group = groups.get(groupName);
        if (group != null) {
            group.retention = retentionInDays;
        }
        return group != null;
    }

    @Override
    public synchronized Optional<Map<String, String>> tags(String groupName) {
        return Optional.ofNullable(groups.get(groupName)).map(group -> Map.copyOf(group.tags));
    }

    @Override
    public synchronized boolean putTags(String groupName, Map<String, String> tags) {
        Group group = groups.get(groupName);
        if (group != null) {
            group.tags.putAll(tags);
        }
        return group != null;
    }

    @Override
    public synchronized boolean removeTags(String groupName, Collection<String> keys) {
        Group group = groups.get(groupName);
        if (group != null) {
            keys.forEach(group.tags::remove);
        }
        return group != null;
    }

    @Override
    public synchronized StreamCreation createStream(String groupName, String streamName, Instant createdAt) {
        Group group = groups.get(groupName);
        if (group == null) {
            return StreamCreation.NO_GROUP;
        }
        return group.streams.putIfAbsent(streamName, new Stream(createdAt)) == null
                ? StreamCreation.CREATED : StreamCreation.ALREADY_EXISTS;
    }

    @Override
    public synchronized boolean deleteStream(String groupName, String streamName) {
        Group group = groups.get(groupName);
        return group != null && group.streams.remove(streamName) != null;
    }

    @Override
    public synchronized Optional<LogStream> stream(String groupName, String streamName) {
        Group group = groups.get(groupName);
        return group == null ? Optional.empty()
                : Optional.ofNullable(group.streams.get(streamName)).map(stream -> describe(streamName, stream));
    }

    @Override
    public synchronized List<LogStream> streams(String groupName, StreamQuery query) {
        Group group = groups.get(groupName);
        if (group == null) {
            return List.of();
        }
        Comparator<StreamQuery.StreamKey> order = query.order() == StreamQuery.Order.NAME
                ? Comparator.comparing(StreamQuery.StreamKey::name)
                : Comparator.comparingLong(StreamQuery.StreamKey::lastEventTime)
                        .thenComparing(StreamQuery.StreamKey::name);
        if (query.descending()) {
            order = order.reversed();
        }
        Comparator<StreamQuery.StreamKey> finalOrder = order;
        return group.streams.entrySet().stream().map(entry -> describe(entry.getKey(), entry.getValue()))
                .filter(stream -> query.prefix() == null || stream.name().startsWith(query.prefix()))
                .filter(stream -> query.after() == null
                        || finalOrder.compare(StreamQuery.StreamKey.of(stream), query.after()) > 0)
                .sorted(Comparator.comparing(StreamQuery.StreamKey::of, finalOrder))
                .limit(query.limit()).toList();
    }

    @Override
    public synchronized List<Boolean> append(List<LogBatch> batches, long ingestionTime) {
        List<Boolean> results = new ArrayList<>();
        for (LogBatch batch : batches) {
            Group group = groups.get(batch.groupName());
            if (group == null && batch.createMissing()) {
                group = new Group(Instant.ofEpochMilli(ingestionTime));
                groups.put(batch.groupName(), group);
            }
            Stream stream = group == null ? null : group.streams.get(batch.streamName());
            if (stream == null && group != null && batch.createMissing()) {
                stream = new Stream(Instant.ofEpochMilli(ingestionTime));
                group.streams.put(batch.streamName(), stream);
            }
            if (stream == null) {
                results.add(false);
                continue;
            }
            for (NewLogEvent event : batch.events()) {
                stream.events.put(new EventPosition(event.timestamp(), ++sequence),
                        new Stored(ingestionTime, event.message(), sequence));
                Instant at = Instant.ofEpochMilli(event.timestamp());
                stream.first = stream.first == null || at.isBefore(stream.first) ? at : stream.first;
                stream.last = stream.last == null || at.isAfter(stream.last) ? at : stream.last;
            }
            if (!batch.events().isEmpty()) {
                stream.ingested = Instant.ofEpochMilli(ingestionTime);
            }
            results.add(true);
        }
        return results;
    }

    @Override
    public synchronized List<StoredLogEvent> events(String groupName, String streamName, EventPosition after,
                                                    EventPosition before, boolean fromHead, int limit) {
        Group group = groups.get(groupName);
        Stream stream = group == null ? null : group.streams.get(streamName);
        if (stream == null || after.compareTo(before) >= 0) {
            return List.of();
        }
        List<StoredLogEvent> all = stream.events.subMap(after, false, before, false).entrySet().stream()
                .map(entry -> new StoredLogEvent(streamName, entry.getKey(), entry.getValue().ingestionTime(),
                        entry.getValue().message())).toList();
        return fromHead ? all.subList(0, Math.min(limit, all.size()))
                : all.subList(Math.max(0, all.size() - limit), all.size());
    }

    @Override
    public synchronized FilterResult filter(String groupName, FilterQuery query) {
        Group group = groups.get(groupName);
        if (group == null) {
            return new FilterResult(List.of(), null);
        }
        TreeMap<EventPosition, StoredLogEvent> merged = new TreeMap<>();
        group.streams.forEach((name, stream) -> {
            if (query.selects(name) && query.after().compareTo(query.until()) < 0) {
                stream.events.subMap(query.after(), false, query.until(), true).forEach((position, stored) ->
                        merged.put(position, new StoredLogEvent(name, position, stored.ingestionTime(),
                                stored.message())));
            }
        });
        List<StoredLogEvent> found = new ArrayList<>();
        long bytes = 0;
        for (StoredLogEvent event : merged.values()) {
            if (!query.pattern().matches(event.message())) {
                continue;
            }
            bytes += event.message().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (found.size() == query.limit() || (bytes > query.maximumBytes() && !found.isEmpty())) {
                return new FilterResult(found, found.getLast().position());
            }
            found.add(event);
        }
        return new FilterResult(found, null);
    }

    @Override
    public synchronized long deleteEventsBefore(String groupName, long timestamp) {
        Group group = groups.get(groupName);
        if (group == null) {
            return 0;
        }
        long deleted = 0;
        for (Stream stream : group.streams.values()) {
            Map<EventPosition, Stored> old = stream.events.headMap(EventPosition.before(timestamp));
            deleted += old.size();
            old.clear();
        }
        return deleted;
    }

    @Override
    public synchronized long storedBytes() {
        return groups.values().stream().mapToLong(InMemoryLogStore::bytes).sum();
    }

    @Override
    public synchronized long deleteOldest(long bytes) {
        Map<Long, Runnable> byArrival = new TreeMap<>();
        Map<Long, Long> sizes = new HashMap<>();
        for (Group group : groups.values()) {
            for (Stream stream : group.streams.values()) {
                stream.events.forEach((position, stored) -> {
                    byArrival.put(stored.stored(), () -> stream.events.remove(position));
                    sizes.put(stored.stored(), (long) Utf8.length(stored.message()));
                });
            }
        }
        long freed = 0;
        long deleted = 0;
        for (Map.Entry<Long, Runnable> entry : byArrival.entrySet()) {
            if (freed >= bytes) {
                break;
            }
            entry.getValue().run();
            freed += sizes.get(entry.getKey());
            deleted++;
        }
        return deleted;
    }

    private static long bytes(Group group) {
        return group.streams.values().stream().mapToLong(InMemoryLogStore::bytes).sum();
    }

    private static long bytes(Stream stream) {
        return stream.events.values().stream().mapToLong(stored -> Utf8.length(stored.message())).sum();
    }

    private static LogGroup describe(String name, Group group) {
        return new LogGroup(name, group.createdAt, group.retention, bytes(group));
    }

    private static LogStream describe(String name, Stream stream) {
        return new LogStream(name, stream.createdAt, stream.first, stream.last, stream.ingested, bytes(stream));
    }
}
