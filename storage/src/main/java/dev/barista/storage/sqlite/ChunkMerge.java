package dev.barista.storage.sqlite;

import dev.barista.core.logs.EventPosition;
import dev.barista.core.logs.StoredLogEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Reads events in position order out of chunks, which may overlap in time: chunks come ordered by their first
 * timestamp (ascending, or descending for a backward read), and an event leaves the merge once no chunk still to
 * come can hold an earlier (or, backward, a later) one. Chunks span at most
 * {@link LogChunkRows#CHUNK_SPAN_MILLISECONDS}, which is what bounds a backward read. Not thread-safe: one read.
 */
final class ChunkMerge {

    /** Receives events in order. */
    @FunctionalInterface
    interface Visitor {
        /** @return false to stop before taking this event */
        boolean visit(StoredLogEvent event);
    }

    /**
     * How a merge ended.
     *
     * @param complete whether every event in range was visited
     * @param lastVisited the last event visited, or null
     */
    record End(boolean complete, EventPosition lastVisited) {
    }

    private ChunkMerge() {
    }

    /**
     * Visits, ascending, the events of the chunks (columns {@code id, stream_id, first_timestamp, ingested_at,
     * events}) strictly after {@code after} and before {@code before} (or at it, when {@code inclusive}). Stops when
     * the visitor refuses an event, or when it has taken {@code budget} events in range out of chunks and visited at
     * least one (then the end is not complete: resume after its last visited event).
     */
    static End forward(ResultSet chunks, Map<Long, String> streams, EventPosition after, EventPosition before,
                       boolean inclusive, long budget, Visitor visitor) throws SQLException {
        PriorityQueue<StoredLogEvent> pending = new PriorityQueue<>(Comparator.comparing(StoredLogEvent::position));
        EventPosition last = null;
        long decoded = 0;
        while (chunks.next()) {
            long firstTimestamp = chunks.getLong(3);
            while (!pending.isEmpty() && pending.peek().timestamp() < firstTimestamp) {
                StoredLogEvent event = pending.poll();
                if (!visitor.visit(event)) {
                    return new End(false, last);
                }
                last = event.position();
            }
            if (decoded >= budget && last != null) {
                return new End(false, last);
            }
            String stream = streams.get(chunks.getLong(2));
            if (stream == null) {
                continue;
            }
            for (StoredLogEvent event : LogChunkCodec.decode(chunks.getBytes(5), chunks.getLong(1), firstTimestamp,
                    chunks.getLong(4), stream)) {
                int above = event.position().compareTo(before);
                if (event.position().compareTo(after) > 0 && (above < 0 || (inclusive && above == 0))) {
                    pending.add(event);
                    decoded++;
                }
            }
        }
        while (!pending.isEmpty()) {
            StoredLogEvent event = pending.poll();
            if (!visitor.visit(event)) {
                return new End(false, last);
            }
            last = event.position();
        }
        return new End(true, last);
    }

    /**
     * Visits, descending, the events of chunks that come by descending first timestamp, strictly between the two
     * positions; stops when the visitor refuses an event.
     */
    static void backward(ResultSet chunks, Map<Long, String> streams, EventPosition after, EventPosition before,
                         Visitor visitor) throws SQLException {
        PriorityQueue<StoredLogEvent> pending = new PriorityQueue<>(
                Comparator.comparing(StoredLogEvent::position).reversed());
        while (chunks.next()) {
            long firstTimestamp = chunks.getLong(3);
            while (!pending.isEmpty()
                    && pending.peek().timestamp() > firstTimestamp + LogChunkRows.CHUNK_SPAN_MILLISECONDS) {
                if (!visitor.visit(pending.poll())) {
                    return;
                }
            }
            String stream = streams.get(chunks.getLong(2));
            if (stream == null) {
                continue;
            }
            for (StoredLogEvent event : LogChunkCodec.decode(chunks.getBytes(5), chunks.getLong(1), firstTimestamp,
                    chunks.getLong(4), stream)) {
                if (event.position().compareTo(after) > 0 && event.position().compareTo(before) < 0) {
                    pending.add(event);
                }
            }
        }
        while (!pending.isEmpty()) {
            if (!visitor.visit(pending.poll())) {
                return;
            }
        }
    }
}
