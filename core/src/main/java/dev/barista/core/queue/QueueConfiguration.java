package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes a caller set on a queue, validated and normalized (booleans in lower case, policies in SQS's
 * normal form), with SQS's defaults for the rest. Immutable and thread-safe.
 */
public final class QueueConfiguration {
    static final int DEFAULT_MAXIMUM_MESSAGE_SIZE = 1_048_576;
    static final int DEFAULT_RETENTION_SECONDS = 345_600;
    static final int DEFAULT_VISIBILITY_TIMEOUT_SECONDS = 30;

    private final boolean fifo;
    private final Map<QueueAttributeName, String> values;
    private final RedrivePolicy redrivePolicy;
    private final RedriveAllowPolicy redriveAllowPolicy;

    private QueueConfiguration(boolean fifo, Map<QueueAttributeName, String> values) {
        this.fifo = fifo;
        this.values = Map.copyOf(values);
        this.redrivePolicy = optional(QueueAttributeName.REDRIVE_POLICY).map(RedrivePolicy::parse).orElse(null);
        this.redriveAllowPolicy = optional(QueueAttributeName.REDRIVE_ALLOW_POLICY).map(RedriveAllowPolicy::parse)
                .orElse(RedriveAllowPolicy.ALLOW_ALL);
    }

    /**
     * The configuration of a new queue of this name from CreateQueue's attributes.
     *
     * @throws BaristaException INVALID_ATTRIBUTE_NAME, INVALID_ATTRIBUTE_VALUE or INVALID_PARAMETER_VALUE
     */
    static QueueConfiguration create(String queueName, Map<String, String> attributes) {
        String fifoValue = attributes.get(QueueAttributeName.FIFO_QUEUE.wireName());
        boolean fifo = fifoValue != null && booleanValue(QueueAttributeName.FIFO_QUEUE, fifoValue);
        QueueNames.requireValid(queueName, fifo);
        Map<QueueAttributeName, String> values = new EnumMap<>(QueueAttributeName.class);
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            QueueAttributeName name = settableName(attribute.getKey(), fifo, true);
            if (name != QueueAttributeName.FIFO_QUEUE) {
                put(values, name, attribute.getValue());
            }
        }
        return new QueueConfiguration(fifo, requireConsistent(values));
    }

    /**
     * This configuration with SetQueueAttributes' changes; an empty {@code Policy}, {@code RedrivePolicy} or
     * {@code RedriveAllowPolicy} removes it.
     */
    QueueConfiguration with(Map<String, String> changes) {
        Map<QueueAttributeName, String> changed = new EnumMap<>(QueueAttributeName.class);
        changed.putAll(values);
        for (Map.Entry<String, String> change : changes.entrySet()) {
            put(changed, settableName(change.getKey(), fifo, false), change.getValue());
        }
        return new QueueConfiguration(fifo, requireConsistent(changed));
    }

    /** A configuration as stored, already validated when it was set. */
    public static QueueConfiguration restore(boolean fifo, Map<String, String> stored) {
        Map<QueueAttributeName, String> values = new EnumMap<>(QueueAttributeName.class);
        stored.forEach((name, value) -> values.put(QueueAttributeName.fromWireName(name).orElseThrow(), value));
        return new QueueConfiguration(fifo, values);
    }

    /** The attributes set explicitly, by wire name, as a store keeps them. */
    public Map<String, String> explicitValues() {
        Map<String, String> explicit = new java.util.TreeMap<>();
        values.forEach((name, value) -> explicit.put(name.wireName(), value));
        return explicit;
    }

    public boolean fifo() {
        return fifo;
    }

    /**
     * The value GetQueueAttributes answers for a configured attribute, defaults included; empty for an attribute
     * that is not set and has no default on this queue type (Policy, RedrivePolicy, KMS, FIFO ones on standard).
     */
    Optional<String> answer(QueueAttributeName name) {
        return switch (name) {
            case DELAY_SECONDS -> Optional.of(Integer.toString(delaySeconds()));
            case MAXIMUM_MESSAGE_SIZE -> Optional.of(Integer.toString(maximumMessageSize()));
            case MESSAGE_RETENTION_PERIOD -> Optional.of(Long.toString(retention().toSeconds()));
            case RECEIVE_MESSAGE_WAIT_TIME_SECONDS -> Optional.of(Long.toString(receiveWaitTime().toSeconds()));
            case VISIBILITY_TIMEOUT -> Optional.of(Long.toString(visibilityTimeout().toSeconds()));
            case SQS_MANAGED_SSE_ENABLED -> Optional.of(optional(name)
                    .orElse(values.containsKey(QueueAttributeName.KMS_MASTER_KEY_ID) ? "false" : "true"));
            case KMS_DATA_KEY_REUSE_PERIOD_SECONDS -> values.containsKey(QueueAttributeName.KMS_MASTER_KEY_ID)
                    ? Optional.of(optional(name).orElse("300")) : Optional.empty();
            case FIFO_QUEUE -> fifo ? Optional.of("true") : Optional.empty();
            case CONTENT_BASED_DEDUPLICATION -> fifo ? Optional.of(optional(name).orElse("false")) : Optional.empty();
            case DEDUPLICATION_SCOPE -> fifo ? Optional.of(optional(name).orElse("queue")) : Optional.empty();
            case FIFO_THROUGHPUT_LIMIT -> fifo ? Optional.of(optional(name).orElse("perQueue")) : Optional.empty();
            case POLICY, REDRIVE_ALLOW_POLICY, KMS_MASTER_KEY_ID -> optional(name);
            case REDRIVE_POLICY -> Optional.ofNullable(redrivePolicy).map(RedrivePolicy::toJson);
            case ALL, APPROXIMATE_NUMBER_OF_MESSAGES, APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                 APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED, CREATED_TIMESTAMP, LAST_MODIFIED_TIMESTAMP, QUEUE_ARN ->
                    Optional.empty();
        };
    }

    int delaySeconds() {
        return integer(QueueAttributeName.DELAY_SECONDS, 0);
    }

    int maximumMessageSize() {
        return integer(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, DEFAULT_MAXIMUM_MESSAGE_SIZE);
    }

    Duration retention() {
        return Duration.ofSeconds(integer(QueueAttributeName.MESSAGE_RETENTION_PERIOD, DEFAULT_RETENTION_SECONDS));
    }

    Duration receiveWaitTime() {
        return Duration.ofSeconds(integer(QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, 0));
    }

    Duration visibilityTimeout() {
        return Duration.ofSeconds(integer(QueueAttributeName.VISIBILITY_TIMEOUT, DEFAULT_VISIBILITY_TIMEOUT_SECONDS));
    }

    boolean contentBasedDeduplication() {
        return "true".equals(values.get(QueueAttributeName.CONTENT_BASED_DEDUPLICATION));
    }

    /** Whether deduplication ids are unique per message group rather than per queue. */
    boolean deduplicationPerMessageGroup() {
        return "messageGroup".equals(values.get(QueueAttributeName.DEDUPLICATION_SCOPE));
    }

    /** The redrive policy, or null. */
    RedrivePolicy redrivePolicy() {
        return redrivePolicy;
    }

    RedriveAllowPolicy redriveAllowPolicy() {
        return redriveAllowPolicy;
    }

    private Optional<String> optional(QueueAttributeName name) {
        return Optional.ofNullable(values.get(name));
    }

    private int integer(QueueAttributeName name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static QueueAttributeName settableName(String wireName, boolean fifo, boolean creating) {
        QueueAttributeName name = QueueAttributeName.fromWireName(wireName).orElseThrow(() -> unknown(wireName));
        boolean allowed = switch (name.kind()) {
            case READ_ONLY -> false;
            case SETTABLE -> true;
            case CREATE_ONLY -> creating;
            case FIFO_ONLY -> fifo;
        };
        if (!allowed) {
            throw unknown(wireName);
        }
        return name;
    }

    private static void put(Map<QueueAttributeName, String> values, QueueAttributeName name, String value) {
        String normalized = QueueAttributeValues.normalize(name, value);
        if (normalized == null) {
            values.remove(name);
        } else {
            values.put(name, normalized);
        }
    }

    private static Map<QueueAttributeName, String> requireConsistent(Map<QueueAttributeName, String> values) {
        if ("perMessageGroupId".equals(values.get(QueueAttributeName.FIFO_THROUGHPUT_LIMIT))
                && !"messageGroup".equals(values.get(QueueAttributeName.DEDUPLICATION_SCOPE))) {
            throw new BaristaException(ErrorCode.INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter"
                    + " FifoThroughputLimit. Reason: perMessageGroupId is allowed only when DeduplicationScope is"
                    + " messageGroup.");
        }
        return values;
    }

    private static boolean booleanValue(QueueAttributeName name, String value) {
        return Boolean.parseBoolean(QueueAttributeValues.normalize(name, value));
    }

    static BaristaException unknown(String wireName) {
        return new BaristaException(ErrorCode.INVALID_ATTRIBUTE_NAME, "Unknown Attribute " + wireName + ".");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueueConfiguration that && fifo == that.fifo && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + Boolean.hashCode(fifo);
    }

    @Override
    public String toString() {
        return (fifo ? "FIFO " : "standard ") + values.toString().toLowerCase(Locale.ROOT);
    }
}
