package dev.barista.core.logs;

import dev.barista.core.error.BaristaException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * PutLogEvents: checks a batch against CloudWatch Logs' rules, sets aside the events that are too old or too new
 * (reported, not failed, as AWS does), and stores the rest durably before answering. Sequence tokens are accepted
 * and ignored, as AWS has done since 2023: it never answers InvalidSequenceTokenException or
 * DataAlreadyAcceptedException any more. Thread-safe.
 */
final class EventWriter {
    private static final long TWO_HOURS = 2 * 3_600_000L;
    private static final long FOURTEEN_DAYS = 14 * 86_400_000L;
    private static final long ONE_DAY = 86_400_000L;

    private final LogStore store;
    private final LogIngestion ingestion;
    private final Clock clock;

    EventWriter(LogStore store, LogIngestion ingestion, Clock clock) {
        this.store = store;
        this.ingestion = ingestion;
        this.clock = clock;
    }

    PutLogEventsResult putLogEvents(String groupName, String streamName, List<NewLogEvent> events) {
        LogLimits.groupName(groupName, "logGroupName");
        LogLimits.streamName(streamName, "logStreamName");
        checkBatch(events);
        LogGroup group = store.group(groupName).orElseThrow(LogService::groupNotFound);
        if (store.stream(groupName, streamName).isEmpty()) {
            throw LogService.streamNotFound();
        }
        long now = clock.millis();
        long expiredBefore = group.retentionInDays() == null ? Long.MIN_VALUE
                : now - group.retentionInDays() * ONE_DAY;
        Integer tooOldEnd = null;
        Integer expiredEnd = null;
        Integer tooNewStart = null;
        int first = -1;
        int last = -1;
        for (int index = 0; index < events.size(); index++) {
            long timestamp = events.get(index).timestamp();
            boolean tooOld = timestamp < now - FOURTEEN_DAYS;
            boolean expired = timestamp < expiredBefore;
            if (tooOld) {
                tooOldEnd = index;
            }
            if (expired) {
                expiredEnd = index;
            }
            if (timestamp > now + TWO_HOURS) {
                tooNewStart = tooNewStart == null ? index : tooNewStart;
            } else if (!tooOld && !expired) {
                first = first < 0 ? index : first;
                last = index;
            }
        }
        if (first >= 0) {
            if (events.get(last).timestamp() - events.get(first).timestamp() > ONE_DAY) {
                throw BaristaException.invalidParameter(
                        "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.");
            }
            store(new LogBatch(groupName, streamName, events.subList(first, last + 1), false));
        }
        return new PutLogEventsResult(sequenceToken(now), tooNewStart, tooOldEnd, expiredEnd);
    }

    private void checkBatch(List<NewLogEvent> events) {
        LogLimits.required(events, "logEvents");
        if (events.isEmpty()) {
            throw LogLimits.violation("[]", "logEvents", "Member must have length greater than or equal to 1");
        }
        if (events.size() > LogLimits.MAXIMUM_EVENTS_PER_PUT) {
            throw LogLimits.violation(events.size() + " events", "logEvents",
                    "Member must have length less than or equal to " + LogLimits.MAXIMUM_EVENTS_PER_PUT);
        }
        long bytes = 0;
        for (int index = 0; index < events.size(); index++) {
            NewLogEvent event = events.get(index);
            if (event.message().isEmpty()) {
                throw LogLimits.violation("", "logEvents." + (index + 1) + ".member.message",
                        "Member must have length greater than or equal to 1");
            }
            int size = Utf8.length(event.message()) + LogLimits.EVENT_OVERHEAD_BYTES;
            if (size > LogLimits.MAXIMUM_PUT_BYTES) {
                throw BaristaException.invalidParameter("Log event too large: " + size + " bytes exceeds limit of "
                        + LogLimits.MAXIMUM_PUT_BYTES);
            }
            bytes += size;
            if (index > 0 && event.timestamp() < events.get(index - 1).timestamp()) {
                throw BaristaException.invalidParameter(
                        "Log events in a single PutLogEvents request must be in chronological order.");
            }
        }
        if (bytes > LogLimits.MAXIMUM_PUT_BYTES) {
            throw BaristaException.invalidParameter("Upload too large: " + bytes + " bytes exceeds limit of "
                    + LogLimits.MAXIMUM_PUT_BYTES);
        }
    }

    private void store(LogBatch batch) {
        boolean stored;
        try {
            stored = ingestion.appendDurably(batch).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing log events", interrupted);
        } catch (ExecutionException failure) {
            throw new IllegalStateException("storing log events failed", failure.getCause());
        }
        if (!stored) {
            // The group or stream was deleted between the check and the commit.
            throw LogService.streamNotFound();
        }
    }

    /** Ignored by CloudWatch Logs and by Barista; some old clients still read one. */
    private static String sequenceToken(long now) {
        return String.format("49%054d", now);
    }
}
