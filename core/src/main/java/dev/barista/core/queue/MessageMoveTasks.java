package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Message move tasks: moving the messages of a dead-letter queue back to the queues they came from, or to another
 * queue, at most {@code MaxNumberOfMessagesPerSecond} (1 to 500; without it, as fast as {@link #step()} is
 * called allows). Tasks live in memory: a restart forgets them, and ends those running.
 *
 * <p>Thread-safe. {@link #step()} does the moving; the server calls it a few times a second.
 */
final class MessageMoveTasks {
    private static final int TASKS_KEPT_PER_SOURCE = 10;
    private static final int MAXIMUM_PER_STEP = 1_000;

    private final Clock clock;
    private final QueueDirectory queues;
    private final Map<String, LinkedList<MessageMoveTask>> bySource = new HashMap<>();
    private final Map<String, MessageMoveTask> byHandle = new HashMap<>();

    MessageMoveTasks(Clock clock, QueueDirectory queues) {
        this.clock = clock;
        this.queues = queues;
    }

    /** StartMessageMoveTask; returns the task handle. */
    synchronized String start(String sourceArn, String destinationArn, Integer rate) {
        if (sourceArn == null || sourceArn.isEmpty()) {
            throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                    + " SourceArn.");
        }
        MessageQueue source = queues.byArn(sourceArn);
        if (source == null) {
            throw new BaristaException(ErrorCode.REFERENCED_RESOURCE_NOT_FOUND, "The resource that you specified"
                    + " for the SourceArn parameter doesn't exist.");
        }
        if (queues.all().stream().noneMatch(queue -> queue.configuration().redrivePolicy() != null
                && queue.configuration().redrivePolicy().deadLetterTargetArn().equals(sourceArn))) {
            throw BaristaException.invalidParameter("Source queue must be configured as a Dead Letter Queue.");
        }
        if (destinationArn != null && queues.byArn(destinationArn) == null) {
            throw new BaristaException(ErrorCode.REFERENCED_RESOURCE_NOT_FOUND, "The resource that you specified"
                    + " for the DestinationArn parameter doesn't exist.");
        }
        if (rate != null && (rate < 1 || rate > 500)) {
            throw BaristaException.invalidParameter("Value " + rate + " for parameter MaxNumberOfMessagesPerSecond"
                    + " is invalid. Reason: You must enter a number that's between 1 and 500.");
        }
        LinkedList<MessageMoveTask> tasks = bySource.computeIfAbsent(sourceArn, ignored -> new LinkedList<>());
        if (!tasks.isEmpty() && tasks.getFirst().status == MessageMoveTaskStatus.Status.RUNNING) {
            throw BaristaException.invalidParameter("There is already a task running. Only one active task is"
                    + " allowed for a source queue arn at a given time.");
        }
        QueueCounts counts = source.counts();
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString((UUID.randomUUID() + ":" + sourceArn)
                .getBytes(StandardCharsets.UTF_8));
        MessageMoveTask task = new MessageMoveTask(handle, sourceArn, destinationArn, rate, clock.instant(),
                counts.visible() + counts.notVisible());
        tasks.addFirst(task);
        byHandle.put(handle, task);
        while (tasks.size() > TASKS_KEPT_PER_SOURCE) {
            byHandle.remove(tasks.removeLast().handle);
        }
        return handle;
    }

    /** ListMessageMoveTasks: the most recent tasks of a source, newest first. */
    synchronized List<MessageMoveTaskStatus> list(String sourceArn, Integer maxResults) {
        if (sourceArn == null || sourceArn.isEmpty()) {
            throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                    + " SourceArn.");
        }
        if (queues.byArn(sourceArn) == null) {
            throw new BaristaException(ErrorCode.REFERENCED_RESOURCE_NOT_FOUND, "The resource that you specified"
                    + " for the SourceArn parameter doesn't exist.");
        }
        int maximum = maxResults == null ? 1 : maxResults;
        if (maximum < 1 || maximum > 10) {
            throw BaristaException.invalidParameter("Value " + maxResults + " for parameter MaxResults is invalid."
                    + " Reason: You must enter a number that's between 1 and 10.");
        }
        List<MessageMoveTaskStatus> statuses = new ArrayList<>();
        for (MessageMoveTask task : bySource.getOrDefault(sourceArn, new LinkedList<>())) {
            if (statuses.size() == maximum) {
                break;
            }
            statuses.add(task.status());
        }
        return statuses;
    }

    /** CancelMessageMoveTask; returns how many messages the task moved. */
    synchronized long cancel(String taskHandle) {
        MessageMoveTask task = taskHandle == null ? null : byHandle.get(taskHandle);
        if (task == null) {
            throw new BaristaException(ErrorCode.REFERENCED_RESOURCE_NOT_FOUND, "Task does not exist.");
        }
        if (task.status != MessageMoveTaskStatus.Status.RUNNING) {
            throw BaristaException.invalidParameter("Task is not running: only a running task can be cancelled.");
        }
        task.status = MessageMoveTaskStatus.Status.CANCELLED;
        return task.moved;
    }

    /** Moves what each running task may move by now. */
    synchronized void step() {
        Instant now = clock.instant();
        for (LinkedList<MessageMoveTask> tasks : bySource.values()) {
            MessageMoveTask task = tasks.getFirst();
            if (task.status == MessageMoveTaskStatus.Status.RUNNING) {
                step(task, now);
            }
        }
    }

    private void step(MessageMoveTask task, Instant now) {
        MessageQueue source = queues.byArn(task.sourceArn);
        if (source == null) {
            fail(task, "AWS.SimpleQueueService.NonExistentQueue: the source queue was deleted.");
            return;
        }
        long allowed = MAXIMUM_PER_STEP;
        if (task.rate != null) {
            long elapsedMillis = Duration.between(task.startedAt, now).toMillis();
            allowed = Math.min(allowed, (elapsedMillis * task.rate) / 1000 + task.rate - task.moved);
        }
        if (allowed <= 0) {
            return;
        }
        List<QueueMessage> taken = source.takeForMove((int) allowed);
        for (int position = 0; position < taken.size(); position++) {
            QueueMessage message = taken.get(position);
            String destinationArn = task.destinationArn != null ? task.destinationArn : message.deadLetterSourceArn;
            MessageQueue destination = destinationArn == null ? null : queues.byArn(destinationArn);
            if (destination == null) {
                source.putBack(taken.subList(position, taken.size()));
                fail(task, "AWS.SimpleQueueService.NonExistentQueue: the destination queue of message "
                        + message.id + " does not exist.");
                return;
            }
            queues.move(source, message, destination, false);
            task.moved++;
        }
        if (taken.size() < allowed) {
            task.status = MessageMoveTaskStatus.Status.COMPLETED;
        }
    }

    private static void fail(MessageMoveTask task, String reason) {
        task.status = MessageMoveTaskStatus.Status.FAILED;
        task.failureReason = reason;
    }
}
