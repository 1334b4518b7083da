package dev.barista.core.queue;

import java.time.Instant;

/** A queue's approximate numbers of messages by state, and its timestamps, for GetQueueAttributes. */
record QueueCounts(long visible, long notVisible, long delayed, Instant createdAt, Instant lastModifiedAt) {
}
