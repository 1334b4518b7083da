package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import java.util.List;

/** DeleteMessage and DeleteMessageBatch. */
public final class DeleteMessage {
    private DeleteMessage() {
    }

    public record Input(@JsonProperty("QueueUrl") String queueUrl,
                        @JsonProperty("ReceiptHandle") String receiptHandle) {

        public static Input fromQuery(QueryInput input) {
            return new Input(input.queueUrl(), input.string("ReceiptHandle"));
        }
    }

    public record BatchInput(@JsonProperty("QueueUrl") String queueUrl, @JsonProperty("Entries") List<Entry> entries) {

        public static BatchInput fromQuery(QueryInput input) {
            List<QueryInput> structures = input.structures("DeleteMessageBatchRequestEntry");
            return new BatchInput(input.queueUrl(), structures == null ? null : structures.stream()
                    .map(entry -> new Entry(entry.string("Id"), entry.string("ReceiptHandle"))).toList());
        }
    }

    public record Entry(@JsonProperty("Id") String id, @JsonProperty("ReceiptHandle") String receiptHandle) {
    }

    /** The output of DeleteMessageBatch and ChangeMessageVisibilityBatch: ids that succeeded, and failures. */
    public record BatchOutput(@JsonProperty("Successful") List<Succeeded> successful,
                              @JsonProperty("Failed") List<BatchResultErrorEntry> failed) {

        /** @param resultEntryName {@code DeleteMessageBatchResultEntry} or {@code ChangeMessageVisibility...} */
        public List<XmlElement> toXml(String resultEntryName) {
            QueryOutput output = new QueryOutput();
            successful.forEach(entry -> output.element(XmlElement.of(resultEntryName, XmlElement.text("Id",
                    entry.id()))));
            failed.forEach(entry -> output.element(entry.toXml()));
            return output.elements();
        }
    }

    public record Succeeded(@JsonProperty("Id") String id) {
    }
}
