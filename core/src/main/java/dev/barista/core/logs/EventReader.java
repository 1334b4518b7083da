package dev.barista.core.logs;

import dev.barista.core.error.BaristaException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The reading side of CloudWatch Logs: DescribeLogStreams, GetLogEvents (with AWS's forward and backward tokens)
 * and FilterLogEvents. Pages hold at most 10,000 events and 1 MB of messages. Thread-safe.
 */
final class EventReader {
    private static final int MAXIMUM_EVENTS = 10_000;

    private final LogStore store;
    private final LogGroupArns arns;

    EventReader(LogStore store, LogGroupArns arns) {
        this.store = store;
        this.arns = arns;
    }

    StreamListing describeLogStreams(StreamsRequest request) {
        String group = arns.resolve(request.groupName(), request.groupIdentifier());
        LogLimits.groupName(group, "logGroupName");
        LogLimits.prefix(request.prefix(), "logStreamNamePrefix");
        StreamQuery.Order order = switch (request.orderBy() == null ? "LogStreamName" : request.orderBy()) {
            case "LogStreamName" -> StreamQuery.Order.NAME;
            case "LastEventTime" -> StreamQuery.Order.LAST_EVENT_TIME;
            default -> throw LogLimits.violation(request.orderBy(), "orderBy",
                    "Member must satisfy enum value set: [LogStreamName, LastEventTime]");
        };
        if (order == StreamQuery.Order.LAST_EVENT_TIME && request.prefix() != null) {
            throw BaristaException.invalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        }
        int limit = LogLimits.limit(request.limit(), 50, 50);
        if (store.group(group).isEmpty()) {
            throw LogService.groupNotFound();
        }
        StreamQuery.StreamKey after = streamKey(LogTokens.key("streams", request.nextToken()));
        List<LogStream> streams = store.streams(group, new StreamQuery(order,
                Boolean.TRUE.equals(request.descending()), request.prefix(), after, limit + 1));
        if (streams.size() <= limit) {
            return new StreamListing(arns.of(group), streams, null);
        }
        StreamQuery.StreamKey last = StreamQuery.StreamKey.of(streams.get(limit - 1));
        return new StreamListing(arns.of(group), streams.subList(0, limit),
                LogTokens.opaque("streams", last.lastEventTime() + ":" + last.name()));
    }

    EventsPage getLogEvents(EventsRequest request) {
        String group = arns.resolve(request.groupName(), request.groupIdentifier());
        LogLimits.groupName(group, "logGroupName");
        LogLimits.streamName(request.streamName(), "logStreamName");
        int limit = LogLimits.limit(request.limit(), MAXIMUM_EVENTS, MAXIMUM_EVENTS);
        if (store.group(group).isEmpty()) {
            throw LogService.groupNotFound();
        }
        if (store.stream(group, request.streamName()).isEmpty()) {
            throw LogService.streamNotFound();
        }
        EventPosition lower = request.startTime() == null ? EventPosition.before(Long.MIN_VALUE)
                : EventPosition.before(request.startTime());
        EventPosition upper = request.endTime() == null ? EventPosition.after(Long.MAX_VALUE)
                : EventPosition.before(request.endTime());
        String token = request.nextToken();
        boolean forward = token == null ? Boolean.TRUE.equals(request.startFromHead())
                : LogTokens.direction(token) == LogTokens.Direction.FORWARD;
        EventPosition after = lower;
        EventPosition before = upper;
        if (token != null) {
            EventPosition position = LogTokens.eventPosition(token);
            if (forward) {
                after = max(lower, position);
            } else {
                before = min(upper, position);
            }
        }
        List<StoredLogEvent> events = trim(store.events(group, request.streamName(), after, before, forward, limit),
                forward);
        if (events.isEmpty()) {
            return new EventsPage(events, token != null && forward ? token : LogTokens.forward(after),
                    token != null && !forward ? token : LogTokens.backward(before));
        }
        return new EventsPage(events, LogTokens.forward(events.getLast().position()),
                LogTokens.backward(events.getFirst().position()));
    }

    FilteredEvents filterLogEvents(FilterRequest request) {
        String group = arns.resolve(request.groupName(), request.groupIdentifier());
        LogLimits.groupName(group, "logGroupName");
        if (request.streamNames() != null && request.streamPrefix() != null) {
            throw BaristaException.invalidParameter("logStreamNames and logStreamNamePrefix are mutually exclusive.");
        }
        if (request.streamNames() != null) {
            if (request.streamNames().isEmpty() || request.streamNames().size() > 100) {
                throw LogLimits.violation(request.streamNames(), "logStreamNames",
                        "Member must have length less than or equal to 100 and greater than or equal to 1");
            }
            request.streamNames().forEach(name -> LogLimits.streamName(name, "logStreamNames.member"));
        }
        LogLimits.prefix(request.streamPrefix(), "logStreamNamePrefix");
        int limit = LogLimits.limit(request.limit(), MAXIMUM_EVENTS, MAXIMUM_EVENTS);
        FilterPattern pattern = FilterPattern.parse(request.filterPattern());
        if (store.group(group).isEmpty()) {
            throw LogService.groupNotFound();
        }
        EventPosition start = request.startTime() == null ? EventPosition.before(Long.MIN_VALUE)
                : EventPosition.before(request.startTime());
        EventPosition after = request.nextToken() == null ? start
                : max(start, LogTokens.filterPosition(request.nextToken()));
        EventPosition until = request.endTime() == null ? EventPosition.after(Long.MAX_VALUE)
                : EventPosition.after(request.endTime());
        FilterResult result = store.filter(group, new FilterQuery(
                request.streamNames() == null ? null : new HashSet<>(request.streamNames()), request.streamPrefix(),
                after, until, pattern, limit, LogLimits.MAXIMUM_RESPONSE_BYTES));
        return new FilteredEvents(result.events(),
                result.resumeAfter() == null ? null : LogTokens.filterToken(result.resumeAfter()));
    }

    /** Keeps 1 MB of messages: the earliest when reading forward, the latest when reading backward. */
    private static List<StoredLogEvent> trim(List<StoredLogEvent> events, boolean forward) {
        long bytes = 0;
        List<StoredLogEvent> kept = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            StoredLogEvent event = events.get(forward ? index : events.size() - 1 - index);
            bytes += Utf8.length(event.message()) + LogLimits.EVENT_OVERHEAD_BYTES;
            if (bytes > LogLimits.MAXIMUM_RESPONSE_BYTES && !kept.isEmpty()) {
                break;
            }
            kept.add(event);
        }
        return forward ? kept : kept.reversed();
    }

    private static StreamQuery.StreamKey streamKey(String key) {
        if (key == null) {
            return null;
        }
        int colon = key.indexOf(':');
        try {
            return new StreamQuery.StreamKey(Long.parseLong(key.substring(0, colon)), key.substring(colon + 1));
        } catch (RuntimeException malformed) {
            throw BaristaException.invalidParameter("The specified nextToken is invalid.");
        }
    }

    private static EventPosition max(EventPosition first, EventPosition second) {
        return first.compareTo(second) >= 0 ? first : second;
    }

    private static EventPosition min(EventPosition first, EventPosition second) {
        return first.compareTo(second) <= 0 ? first : second;
    }
}
