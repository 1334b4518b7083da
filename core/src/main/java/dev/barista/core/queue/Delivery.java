package dev.barista.core.queue;

import java.time.Instant;

/**
 * One message handed out by a receive, with its delivery state as of that receive (the message's own state may
 * change as soon as its queue's lock is released).
 */
record Delivery(QueueMessage message, int receiveCount, Instant firstReceivedAt, String receiptHandle) {
}
