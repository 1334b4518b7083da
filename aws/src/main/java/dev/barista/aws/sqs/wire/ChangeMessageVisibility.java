package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.core.queue.VisibilityChange;
import java.util.List;

/** ChangeMessageVisibility and ChangeMessageVisibilityBatch. */
public final class ChangeMessageVisibility {
    private ChangeMessageVisibility() {
    }

    public record Input(@JsonProperty("QueueUrl") String queueUrl,
                        @JsonProperty("ReceiptHandle") String receiptHandle,
                        @JsonProperty("VisibilityTimeout") Integer visibilityTimeout) {

        public static Input fromQuery(QueryInput input) {
            return new Input(input.queueUrl(), input.string("ReceiptHandle"), input.integer("VisibilityTimeout"));
        }

        public VisibilityChange toCore() {
            return new VisibilityChange(receiptHandle, visibilityTimeout);
        }
    }

    public record BatchInput(@JsonProperty("QueueUrl") String queueUrl, @JsonProperty("Entries") List<Entry> entries) {

        public static BatchInput fromQuery(QueryInput input) {
            List<QueryInput> structures = input.structures("ChangeMessageVisibilityBatchRequestEntry");
            return new BatchInput(input.queueUrl(), structures == null ? null : structures.stream()
                    .map(entry -> new Entry(entry.string("Id"), entry.string("ReceiptHandle"),
                            entry.integer("VisibilityTimeout"))).toList());
        }
    }

    public record Entry(@JsonProperty("Id") String id, @JsonProperty("ReceiptHandle") String receiptHandle,
                        @JsonProperty("VisibilityTimeout") Integer visibilityTimeout) {

        public VisibilityChange toCore() {
            return new VisibilityChange(receiptHandle, visibilityTimeout);
        }
    }
}
