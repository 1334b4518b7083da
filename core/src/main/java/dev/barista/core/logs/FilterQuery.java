package dev.barista.core.logs;

import java.util.Objects;
import java.util.Set;

/**
 * A FilterLogEvents search of one group: events strictly after {@code after} and at or before {@code until}, of the
 * selected streams, that match the pattern, ascending. One call returns at most {@code limit} events and
 * {@code maximumBytes} of messages; it may also stop early when it has read as much as a call may read, and then
 * says where to resume.
 *
 * @param streamNames only these streams, or null for every stream
 * @param streamPrefix only streams whose names start with it, or null
 */
public record FilterQuery(Set<String> streamNames, String streamPrefix, EventPosition after, EventPosition until,
                          FilterPattern pattern, int limit, int maximumBytes) {
    public FilterQuery {
        streamNames = streamNames == null ? null : Set.copyOf(streamNames);
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(pattern, "pattern");
        if (limit < 1 || maximumBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Whether an event of this stream is selected. */
    public boolean selects(String streamName) {
        return (streamNames == null || streamNames.contains(streamName))
                && (streamPrefix == null || streamName.startsWith(streamPrefix));
    }
}
