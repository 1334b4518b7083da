package dev.barista.core.logs;

/**
 * Where an event sits in the order in which logs are read: by timestamp, then by the sequence number the store gave
 * it when it was stored (events with the same timestamp keep their arrival order). Positions are compared, never
 * interpreted.
 *
 * @param timestamp epoch milliseconds
 * @param sequence the store's number of the event, unique in the store and never reused
 */
public record EventPosition(long timestamp, long sequence) implements Comparable<EventPosition> {
    /** Before every event at or after {@code timestamp}. */
    public static EventPosition before(long timestamp) {
        return new EventPosition(timestamp, Long.MIN_VALUE);
    }

    /** After every event at or before {@code timestamp}. */
    public static EventPosition after(long timestamp) {
        return new EventPosition(timestamp, Long.MAX_VALUE);
    }

    @Override
    public int compareTo(EventPosition other) {
        int byTime = Long.compare(timestamp, other.timestamp);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
