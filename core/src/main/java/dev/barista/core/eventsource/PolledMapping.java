package dev.barista.core.eventsource;

import java.util.Objects;

/**
 * What the pollers of one mapping work from: its settings, its compiled filter and whether its queue is FIFO.
 * Replaced whole when the mapping is updated, so that one batch sees one configuration.
 */
record PolledMapping(EventSourceMapping mapping, MessageFilter filter, boolean fifo) {
    PolledMapping {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(filter, "filter");
    }

    /** FIFO queue names end in {@code .fifo}, so the ARN tells without asking the queue. */
    static boolean fifo(String queueArn) {
        return queueArn.endsWith(".fifo");
    }
}
