package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Barista's SQS: queues, their messages and every rule of the SQS API, one method per operation, with queues named
 * by their QueueUrl (any URL whose path ends in {@code /<account>/<name>}, or the bare name); and the in-process
 * {@link MessageQueues} port, with queues named by ARN.
 *
 * <p>State lives in memory and every change is journaled to the {@link QueueStore} (group-committed) before an
 * operation answers; {@link #open} rebuilds the state from the store, so in-flight messages become visible again at
 * their visibility deadline after a restart. See {@code docs/adr/0004-durable-queues.md}.
 *
 * <p>Thread-safe. ReceiveMessage may block up to its wait time; {@link #maintain()} (expiry, deduplication windows,
 * move tasks) is for a scheduler to call a few times a second.
 */
public final class QueueService implements MessageQueues, AutoCloseable {
    private static final Duration RECREATE_DELAY = Duration.ofSeconds(60);
    private static final Duration DEDUPLICATION_PRUNE_INTERVAL = Duration.ofMinutes(1);

    private final QueueSettings settings;
    private final Clock clock;
    private final Journal journal;
    private final SequenceNumbers sequences;
    private final Map<String, MessageQueue> queues = new ConcurrentHashMap<>();
    private final Map<String, Instant> deletedAt = new HashMap<>();
    private final Object registryLock = new Object();
    private final MessageMoveTasks moveTasks;
    private final Directory directory = new Directory();
    private Instant deduplicationsPrunedAt;

    private QueueService(QueueStore store, QueueSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        QueueSnapshot snapshot = store.load();
        long lastSequence = 0;
        for (StoredMessage message : snapshot.messages()) {
            lastSequence = Math.max(lastSequence, message.sequence());
        }
        for (StoredDeduplication entry : snapshot.deduplications()) {
            lastSequence = Math.max(lastSequence, entry.sequence());
        }
        this.journal = new Journal(store);
        this.sequences = new SequenceNumbers(clock, lastSequence);
        for (StoredQueue stored : snapshot.queues()) {
            queues.put(stored.name(), new MessageQueue(stored, settings.arn(stored.name()), journal, clock));
        }
        for (StoredMessage message : snapshot.messages()) {
            MessageQueue queue = queues.get(message.queueName());
            if (queue != null) {
                queue.restore(message);
            }
        }
        Instant now = clock.instant();
        for (StoredDeduplication entry : snapshot.deduplications()) {
            MessageQueue queue = queues.get(entry.queueName());
            if (queue != null && entry.expiresAt().isAfter(now)) {
                queue.restore(entry);
            }
        }
        this.moveTasks = new MessageMoveTasks(clock, directory);
        this.deduplicationsPrunedAt = now;
    }

    /** Rebuilds the queues from the store and starts journaling to it. */
    public static QueueService open(QueueStore store, QueueSettings settings, Clock clock) {
        return new QueueService(Objects.requireNonNull(store, "store"), settings, clock);
    }

    public QueueSettings settings() {
        return settings;
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html">
     * CreateQueue</a>: returns the queue's name. Creating a queue that exists with the same values for every
     * attribute given returns it; any other value is a conflict.
     */
    public String createQueue(String name, Map<String, String> attributes, Map<String, String> tags) {
        if (name == null || name.isEmpty()) {
            throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                    + " QueueName.");
        }
        Map<String, String> requestedAttributes = attributes == null ? Map.of() : attributes;
        QueueConfiguration configuration = QueueConfiguration.create(name, requestedAttributes);
        Map<String, String> requestedTags = QueueTags.requireValid(tags == null ? Map.of() : tags, name);
        synchronized (registryLock) {
            MessageQueue existing = queues.get(name);
            if (existing != null) {
                requireSameAttributes(existing.configuration(), configuration, requestedAttributes.keySet());
                return name;
            }
            Instant now = clock.instant();
            Instant deleted = deletedAt.get(name);
            if (deleted != null && now.isBefore(deleted.plus(RECREATE_DELAY))) {
                throw new BaristaException(ErrorCode.QUEUE_DELETED_RECENTLY, "You must wait 60 seconds after"
                        + " deleting a queue before you can create another with the same name.");
            }
            QueueRules.requireValidRedrive(directory, settings.arn(name), configuration);
            StoredQueue stored = new StoredQueue(name, configuration.fifo(), configuration.explicitValues(),
                    requestedTags, now, now);
            Journal.await(journal.append(new QueueChange.QueueCreated(stored)));
            queues.put(name, new MessageQueue(stored, settings.arn(name), journal, clock));
            return name;
        }
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueUrl.html">GetQueueUrl</a>. */
    public String getQueueUrl(String name, String ownerAccountId) {
        if (name == null || name.isEmpty()) {
            throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                    + " QueueName.");
        }
        if ((ownerAccountId != null && !ownerAccountId.equals(settings.accountId())) || !queues.containsKey(name)) {
            throw QueueErrors.queueDoesNotExist();
        }
        return name;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueues.html">ListQueues</a>. */
    public QueueListing listQueues(String prefix, Integer maxResults, String nextToken) {
        List<String> names = queues.keySet().stream()
                .filter(name -> prefix == null || name.startsWith(prefix)).sorted().toList();
        return QueuePages.page(names, maxResults, nextToken);
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteQueue.html">DeleteQueue</a>. */
    public void deleteQueue(String queueUrl) {
        MessageQueue queue = resolve(queueUrl);
        Journal.await(remove(queue));
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_PurgeQueue.html">PurgeQueue</a>. */
    public void purgeQueue(String queueUrl) {
        Journal.await(resolve(queueUrl).purge());
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueAttributes.html">
     * GetQueueAttributes</a>: the named attributes ({@code All} for every one), in a stable order.
     */
    public Map<String, String> getQueueAttributes(String queueUrl, List<String> attributeNames) {
        MessageQueue queue = resolve(queueUrl);
        return QueueAttributesView.answer(queue, attributeNames == null ? List.of() : attributeNames);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html">
     * SetQueueAttributes</a>.
     */
    public void setQueueAttributes(String queueUrl, Map<String, String> attributes) {
        MessageQueue queue = resolve(queueUrl);
        QueueConfiguration changed = queue.configuration().with(attributes == null ? Map.of() : attributes);
        QueueRules.requireValidRedrive(directory, queue.arn, changed);
        Journal.await(queue.update(changed, queue.tags(), true));
        queue.wakeWaiters();
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html">SendMessage</a>. */
    public SendResult sendMessage(String queueUrl, MessageToSend message) {
        MessageQueue queue = resolve(queueUrl);
        PendingSend pending = queue.prepareSend(message, sequences);
        Journal.await(pending.committed());
        if (pending.message() != null) {
            queue.insert(pending.message());
        }
        return sendResult(queue, message, pending);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessageBatch.html">
     * SendMessageBatch</a>: every entry is sent or fails on its own; all are committed together.
     */
    public List<BatchOutcome<SendResult>> sendMessageBatch(String queueUrl, List<BatchEntry<MessageToSend>> entries) {
        MessageQueue queue = resolve(queueUrl);
        Batches.requireValid(entries, "SendMessageBatchRequestEntry");
        Batches.requirePayloadFits(entries);
        List<PendingSend> pendings = new ArrayList<>();
        List<BatchOutcome<SendResult>> outcomes = new ArrayList<>();
        for (BatchEntry<MessageToSend> entry : entries) {
            try {
                pendings.add(queue.prepareSend(entry.input(), sequences));
                outcomes.add(null);
            } catch (BaristaException failure) {
                pendings.add(null);
                outcomes.add(failed(entry.id(), failure));
            }
        }
        for (int index = 0; index < entries.size(); index++) {
            PendingSend pending = pendings.get(index);
            if (pending != null) {
                Journal.await(pending.committed());
                if (pending.message() != null) {
                    queue.insert(pending.message());
                }
                outcomes.set(index, new BatchOutcome.Succeeded<>(entries.get(index).id(),
                        sendResult(queue, entries.get(index).input(), pending)));
            }
        }
        return outcomes;
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html">ReceiveMessage</a>. */
    public List<ReceivedMessage> receiveMessage(String queueUrl, ReceiveOptions options) {
        MessageQueue queue = resolve(queueUrl);
        QueueConfiguration configuration = queue.configuration();
        int maximum = ReceiveRules.maxNumberOfMessages(options.maxNumberOfMessages());
        Duration visibility = ReceiveRules.visibilityTimeout(options.visibilityTimeout(),
                configuration.visibilityTimeout());
        Duration wait = ReceiveRules.waitTime(options.waitTimeSeconds(), configuration.receiveWaitTime());
        String attemptId = options.receiveRequestAttemptId();
        if (attemptId != null && (attemptId.isEmpty() || attemptId.length() > 128)) {
            throw BaristaException.invalidParameter("Value " + attemptId + " for parameter ReceiveRequestAttemptId"
                    + " is invalid. Reason: It can be at most 128 characters long.");
        }
        List<ReceivedMessage> received = new ArrayList<>();
        for (Delivery delivery : receive(queue, maximum, visibility, clock.instant().plus(wait), attemptId)) {
            received.add(ReceivedMessages.render(delivery, settings.accountId(), queue.fifo(),
                    options.attributeNames(), options.messageAttributeNames()));
        }
        return received;
    }

    private List<Delivery> receive(MessageQueue queue, int maximum, Duration visibility, Instant deadline,
                                   String attemptId) {
        while (true) {
            RedrivePolicy redrive = queue.configuration().redrivePolicy();
            MessageQueue deadLetterQueue = redrive == null ? null : directory.byArn(redrive.deadLetterTargetArn());
            ReceiveResult result;
            try {
                result = queue.receive(maximum, visibility, deadline, attemptId, deadLetterQueue != null);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return List.of();
            }
            for (QueueMessage deadLetter : result.deadLetters()) {
                directory.move(queue, deadLetter, deadLetterQueue, true);
            }
            Journal.await(result.committed());
            if (!result.deliveries().isEmpty() || result.deadLetters().isEmpty()) {
                return result.deliveries();
            }
        }
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessage.html">DeleteMessage</a>. */
    public void deleteMessage(String queueUrl, String receiptHandle) {
        Journal.await(resolve(queueUrl).deleteMessage(receiptHandle));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_DeleteMessageBatch.html">
     * DeleteMessageBatch</a>.
     */
    public List<BatchOutcome<Void>> deleteMessageBatch(String queueUrl, List<BatchEntry<String>> entries) {
        MessageQueue queue = resolve(queueUrl);
        Batches.requireValid(entries, "DeleteMessageBatchRequestEntry");
        BatchDeletion deletion = queue.deleteMessages(entries);
        Journal.await(deletion.committed());
        return deletion.outcomes();
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibility.html">
     * ChangeMessageVisibility</a>.
     */
    public void changeMessageVisibility(String queueUrl, VisibilityChange change) {
        Journal.await(resolve(queueUrl).changeVisibility(change.receiptHandle(), change.visibilityTimeout()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibilityBatch.html">
     * ChangeMessageVisibilityBatch</a>.
     */
    public List<BatchOutcome<Void>> changeMessageVisibilityBatch(String queueUrl,
                                                                 List<BatchEntry<VisibilityChange>> entries) {
        MessageQueue queue = resolve(queueUrl);
        Batches.requireValid(entries, "ChangeMessageVisibilityBatchRequestEntry");
        return QueueBatchOperations.each(entries,
                change -> queue.changeVisibility(change.receiptHandle(), change.visibilityTimeout()));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_AddPermission.html">
     * AddPermission</a>: a statement of the queue's Policy (stored, not enforced).
     */
    public void addPermission(String queueUrl, String label, List<String> accountIds, List<String> actions) {
        MessageQueue queue = resolve(queueUrl);
        QueueConfiguration configuration = queue.configuration();
        String policy = QueuePermissions.add(configuration.answer(QueueAttributeName.POLICY).orElse(null), queue.arn,
                label, accountIds, actions);
        Journal.await(queue.update(configuration.with(Map.of(QueueAttributeName.POLICY.wireName(), policy)),
                queue.tags(), true));
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_RemovePermission.html">
     * RemovePermission</a>.
     */
    public void removePermission(String queueUrl, String label) {
        MessageQueue queue = resolve(queueUrl);
        QueueConfiguration configuration = queue.configuration();
        String policy = QueuePermissions.remove(configuration.answer(QueueAttributeName.POLICY).orElse(null),
                queue.arn, label);
        Journal.await(queue.update(configuration.with(Map.of(QueueAttributeName.POLICY.wireName(), policy)),
                queue.tags(), true));
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_TagQueue.html">TagQueue</a>. */
    public void tagQueue(String queueUrl, Map<String, String> tags) {
        MessageQueue queue = resolve(queueUrl);
        Map<String, String> merged = new HashMap<>(queue.tags());
        merged.putAll(tags == null ? Map.of() : tags);
        Journal.await(queue.update(queue.configuration(), QueueTags.requireValid(merged, queue.name), false));
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_UntagQueue.html">UntagQueue</a>. */
    public void untagQueue(String queueUrl, List<String> tagKeys) {
        MessageQueue queue = resolve(queueUrl);
        Map<String, String> remaining = new HashMap<>(queue.tags());
        (tagKeys == null ? List.<String>of() : tagKeys).forEach(remaining::remove);
        Journal.await(queue.update(queue.configuration(), remaining, false));
    }

    /** <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListQueueTags.html">ListQueueTags</a>. */
    public Map<String, String> listQueueTags(String queueUrl) {
        return resolve(queueUrl).tags();
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListDeadLetterSourceQueues.html">
     * ListDeadLetterSourceQueues</a>: the queues whose redrive policy names this one.
     */
    public QueueListing listDeadLetterSourceQueues(String queueUrl, Integer maxResults, String nextToken) {
        MessageQueue target = resolve(queueUrl);
        List<String> sources = queues.values().stream()
                .filter(queue -> queue.configuration().redrivePolicy() != null
                        && queue.configuration().redrivePolicy().deadLetterTargetArn().equals(target.arn))
                .map(queue -> queue.name).sorted().toList();
        return QueuePages.page(sources, maxResults, nextToken);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_StartMessageMoveTask.html">
     * StartMessageMoveTask</a>: returns the task handle.
     */
    public String startMessageMoveTask(String sourceArn, String destinationArn, Integer maxNumberOfMessagesPerSecond) {
        return moveTasks.start(sourceArn, destinationArn, maxNumberOfMessagesPerSecond);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ListMessageMoveTasks.html">
     * ListMessageMoveTasks</a>.
     */
    public List<MessageMoveTaskStatus> listMessageMoveTasks(String sourceArn, Integer maxResults) {
        return moveTasks.list(sourceArn, maxResults);
    }

    /**
     * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CancelMessageMoveTask.html">
     * CancelMessageMoveTask</a>: returns how many messages the task moved.
     */
    public long cancelMessageMoveTask(String taskHandle) {
        return moveTasks.cancel(taskHandle);
    }

    @Override
    public SentMessage send(String queueArn, OutgoingMessage message) {
        return sendMessage(nameOf(queueArn), MessageToSend.of(message)).sent();
    }

    @Override
    public List<ReceivedMessage> receive(String queueArn, int maxMessages, Duration visibilityTimeout, Duration wait) {
        return receiveMessage(nameOf(queueArn), ReceiveOptions.everything(maxMessages,
                visibilityTimeout == null ? null : (int) visibilityTimeout.toSeconds(), (int) wait.toSeconds()));
    }

    @Override
    public void delete(String queueArn, String receiptHandle) {
        deleteMessage(nameOf(queueArn), receiptHandle);
    }

    /** Every delete first, then one wait for their commits (which the journal may share), as DeleteMessageBatch. */
    @Override
    public void deleteAll(String queueArn, List<String> receiptHandles) {
        MessageQueue queue = resolve(nameOf(queueArn));
        List<CompletableFuture<Void>> commits = new ArrayList<>();
        for (String receiptHandle : receiptHandles) {
            commits.add(queue.deleteMessage(receiptHandle));
        }
        commits.forEach(Journal::await);
    }

    @Override
    public void changeVisibility(String queueArn, String receiptHandle, Duration timeout) {
        changeMessageVisibility(nameOf(queueArn), new VisibilityChange(receiptHandle, (int) timeout.toSeconds()));
    }

    @Override
    public QueueFacts facts(String queueArn) {
        MessageQueue queue = resolve(nameOf(queueArn));
        QueueConfiguration configuration = queue.configuration();
        RedrivePolicy redrive = configuration.redrivePolicy();
        return new QueueFacts(queue.arn, queue.name, configuration.fifo(), configuration.visibilityTimeout(),
                redrive == null ? null : redrive.deadLetterTargetArn(), redrive == null ? 0 : redrive.maxReceiveCount());
    }

    /** Each queue's name and its visible messages ({@code ApproximateNumberOfMessages}), for monitoring. */
    public Map<String, Long> visibleMessagesByQueue() {
        Map<String, Long> depths = new java.util.TreeMap<>();
        queues.values().forEach(queue -> depths.put(queue.name, queue.counts().visible()));
        return depths;
    }

    /**
     * Housekeeping for a scheduler: deletes messages past their retention period, forgets deduplication ids past
     * their window (durably, once a minute) and lets move tasks move.
     */
    public void maintain() {
        queues.values().forEach(MessageQueue::expire);
        Instant now = clock.instant();
        if (!now.isBefore(deduplicationsPrunedAt.plus(DEDUPLICATION_PRUNE_INTERVAL))) {
            deduplicationsPrunedAt = now;
            journal.append(new QueueChange.DeduplicationsExpired(now));
        }
        moveTasks.step();
    }

    /** Wakes every waiting receive so that it looks at the clock again. */
    void wakeWaiters() {
        queues.values().forEach(MessageQueue::wakeWaiters);
    }

    /** Ends waiting receives (they answer no messages), commits what was journaled and stops journaling. */
    @Override
    public void close() {
        queues.values().forEach(MessageQueue::close);
        journal.close();
    }

    private String nameOf(String queueArn) {
        String name = settings.queueNameOf(queueArn);
        if (name == null) {
            throw QueueErrors.queueDoesNotExist();
        }
        return name;
    }

    private MessageQueue resolve(String queueUrl) {
        MessageQueue queue = queues.get(QueueAddresses.queueName(queueUrl, settings.accountId()));
        if (queue == null) {
            throw QueueErrors.queueDoesNotExist();
        }
        return queue;
    }

    private CompletableFuture<Void> remove(MessageQueue queue) {
        synchronized (registryLock) {
            if (queues.get(queue.name) != queue) {
                throw QueueErrors.queueDoesNotExist();
            }
            CompletableFuture<Void> committed = queue.delete();
            queues.remove(queue.name);
            deletedAt.put(queue.name, clock.instant());
            return committed;
        }
    }

    private SendResult sendResult(MessageQueue queue, MessageToSend toSend, PendingSend pending) {
        OutgoingMessage message = toSend.message();
        SentMessage sent = new SentMessage(pending.messageId(), pending.md5OfBody(),
                MessageDigests.md5OfAttributes(message.messageAttributes()),
                queue.fifo() ? SequenceNumbers.format(pending.sequence()) : null);
        return new SendResult(sent, MessageDigests.md5OfAttributes(toSend.systemAttributes()));
    }

    private static <T> BatchOutcome<T> failed(String id, BaristaException failure) {
        return new BatchOutcome.Failed<>(id, failure.code(), String.valueOf(failure.getMessage()),
                failure.code() != ErrorCode.SERVICE_FAILURE);
    }

    private static void requireSameAttributes(QueueConfiguration existing, QueueConfiguration requested,
                                              Collection<String> requestedNames) {
        for (String wireName : requestedNames) {
            QueueAttributeName name = QueueAttributeName.fromWireName(wireName).orElseThrow();
            if (!existing.answer(name).equals(requested.answer(name))) {
                throw BaristaException.conflict("A queue already exists with the same name and a different value"
                        + " for attribute " + wireName);
            }
        }
    }

    /** The queues as collaborators see them, and the one way messages move between queues. */
    private final class Directory implements QueueDirectory {
        @Override
        public MessageQueue byArn(String arn) {
            String name = settings.queueNameOf(arn);
            return name == null ? null : queues.get(name);
        }

        @Override
        public Collection<MessageQueue> all() {
            return queues.values();
        }

        @Override
        public void move(MessageQueue from, QueueMessage message, MessageQueue to, boolean deadLetter) {
            StoredMessage moved = QueueRules.moved(message, to, deadLetter ? from.arn : null, clock.instant());
            Journal.await(journal.append(new QueueChange.MessageMoved(from.name, moved)));
            to.insert(new QueueMessage(moved));
        }
    }
}
