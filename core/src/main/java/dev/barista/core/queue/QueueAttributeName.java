package dev.barista.core.queue;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every queue attribute SQS knows, by its wire name, with what a caller may do with it: set it (CreateQueue,
 * SetQueueAttributes), set it only at creation ({@code FifoQueue}), set it only on FIFO queues, or only read it.
 */
public enum QueueAttributeName {
    ALL("All", Kind.READ_ONLY),
    APPROXIMATE_NUMBER_OF_MESSAGES("ApproximateNumberOfMessages", Kind.READ_ONLY),
    APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE("ApproximateNumberOfMessagesNotVisible", Kind.READ_ONLY),
    APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED("ApproximateNumberOfMessagesDelayed", Kind.READ_ONLY),
    CREATED_TIMESTAMP("CreatedTimestamp", Kind.READ_ONLY),
    LAST_MODIFIED_TIMESTAMP("LastModifiedTimestamp", Kind.READ_ONLY),
    QUEUE_ARN("QueueArn", Kind.READ_ONLY),
    DELAY_SECONDS("DelaySeconds", Kind.SETTABLE),
    MAXIMUM_MESSAGE_SIZE("MaximumMessageSize", Kind.SETTABLE),
    MESSAGE_RETENTION_PERIOD("MessageRetentionPeriod", Kind.SETTABLE),
    RECEIVE_MESSAGE_WAIT_TIME_SECONDS("ReceiveMessageWaitTimeSeconds", Kind.SETTABLE),
    VISIBILITY_TIMEOUT("VisibilityTimeout", Kind.SETTABLE),
    POLICY("Policy", Kind.SETTABLE),
    REDRIVE_POLICY("RedrivePolicy", Kind.SETTABLE),
    REDRIVE_ALLOW_POLICY("RedriveAllowPolicy", Kind.SETTABLE),
    KMS_MASTER_KEY_ID("KmsMasterKeyId", Kind.SETTABLE),
    KMS_DATA_KEY_REUSE_PERIOD_SECONDS("KmsDataKeyReusePeriodSeconds", Kind.SETTABLE),
    SQS_MANAGED_SSE_ENABLED("SqsManagedSseEnabled", Kind.SETTABLE),
    FIFO_QUEUE("FifoQueue", Kind.CREATE_ONLY),
    CONTENT_BASED_DEDUPLICATION("ContentBasedDeduplication", Kind.FIFO_ONLY),
    DEDUPLICATION_SCOPE("DeduplicationScope", Kind.FIFO_ONLY),
    FIFO_THROUGHPUT_LIMIT("FifoThroughputLimit", Kind.FIFO_ONLY);

    private static final Map<String, QueueAttributeName> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(QueueAttributeName::wireName, Function.identity()));

    private final String wireName;
    private final Kind kind;

    QueueAttributeName(String wireName, Kind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    /** The name on the wire, such as {@code VisibilityTimeout}. Case-sensitive, as in SQS. */
    public String wireName() {
        return wireName;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<QueueAttributeName> fromWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }

    /** What a caller may do with an attribute. */
    public enum Kind {
        /** Computed by SQS; GetQueueAttributes only. */
        READ_ONLY,
        /** CreateQueue and SetQueueAttributes, any queue type. */
        SETTABLE,
        /** CreateQueue only. */
        CREATE_ONLY,
        /** CreateQueue and SetQueueAttributes of FIFO queues only. */
        FIFO_ONLY
    }
}
