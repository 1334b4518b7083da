package dev.barista.core.logs;

/**
 * Which streams of a group a listing returns, and in which order.
 *
 * @param prefix only names that start with it, or null (only with {@link Order#NAME})
 * @param after the last stream of the previous page, or null
 */
public record StreamQuery(Order order, boolean descending, String prefix, StreamKey after, int limit) {
    public StreamQuery {
        if (order == Order.LAST_EVENT_TIME && prefix != null) {
            throw new IllegalArgumentException("a prefix only goes with the name order");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /** DescribeLogStreams' {@code orderBy}. */
    public enum Order {
        /** By name. */
        NAME,
        /** By the timestamp of the last event (streams without events count as 0), then by name. */
        LAST_EVENT_TIME
    }

    /**
     * A stream's place in a listing.
     *
     * @param lastEventTime its last event timestamp, or 0; only compared in the {@link Order#LAST_EVENT_TIME} order
     */
    public record StreamKey(long lastEventTime, String name) {
        public static StreamKey of(LogStream stream) {
            return new StreamKey(stream.lastEventAt() == null ? 0 : stream.lastEventAt().toEpochMilli(),
                    stream.name());
        }
    }
}
