package dev.barista.core.queue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GetQueueAttributes' answer: configured attributes with their defaults, counts, timestamps and the ARN. */
final class QueueAttributesView {
    private QueueAttributesView() {
    }

    /**
     * @throws dev.barista.core.error.BaristaException INVALID_ATTRIBUTE_NAME for a name SQS does not know
     */
    static Map<String, String> answer(MessageQueue queue, List<String> requested) {
        Set<QueueAttributeName> names = EnumSet.noneOf(QueueAttributeName.class);
        for (String wireName : requested) {
            QueueAttributeName name = QueueAttributeName.fromWireName(wireName)
                    .orElseThrow(() -> QueueConfiguration.unknown(wireName));
            if (name == QueueAttributeName.ALL) {
                names.addAll(EnumSet.allOf(QueueAttributeName.class));
            } else {
                names.add(name);
            }
        }
        names.remove(QueueAttributeName.ALL);
        Map<String, String> answer = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return answer;
        }
        QueueConfiguration configuration = queue.configuration();
        QueueCounts counts = queue.counts();
        for (QueueAttributeName name : names) {
            String value = switch (name) {
                case APPROXIMATE_NUMBER_OF_MESSAGES -> Long.toString(counts.visible());
                case APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE -> Long.toString(counts.notVisible());
                case APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED -> Long.toString(counts.delayed());
                case CREATED_TIMESTAMP -> Long.toString(counts.createdAt().getEpochSecond());
                case LAST_MODIFIED_TIMESTAMP -> Long.toString(counts.lastModifiedAt().getEpochSecond());
                case QUEUE_ARN -> queue.arn;
                case ALL, DELAY_SECONDS, MAXIMUM_MESSAGE_SIZE, MESSAGE_RETENTION_PERIOD,
                     RECEIVE_MESSAGE_WAIT_TIME_SECONDS, VISIBILITY_TIMEOUT, POLICY, REDRIVE_POLICY, REDRIVE_ALLOW_POLICY,
                     KMS_MASTER_KEY_ID, KMS_DATA_KEY_REUSE_PERIOD_SECONDS, SQS_MANAGED_SSE_ENABLED, FIFO_QUEUE,
                     CONTENT_BASED_DEDUPLICATION, DEDUPLICATION_SCOPE, FIFO_THROUGHPUT_LIMIT ->
                        configuration.answer(name).orElse(null);
            };
            if (value != null) {
                answer.put(name.wireName(), value);
            }
        }
        return answer;
    }
}
