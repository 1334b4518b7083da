package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import dev.barista.core.queue.MessageToSend;
import dev.barista.core.queue.SendResult;
import java.util.List;
import java.util.Map;

/** SendMessageBatch. */
public final class SendMessageBatch {
    private SendMessageBatch() {
    }

    public record Input(@JsonProperty("QueueUrl") String queueUrl, @JsonProperty("Entries") List<Entry> entries) {

        public static Input fromQuery(QueryInput input) {
            List<QueryInput> structures = input.structures("SendMessageBatchRequestEntry");
            return new Input(input.queueUrl(), structures == null ? null : structures.stream().map(entry -> new Entry(
                    entry.string("Id"), entry.string("MessageBody"), entry.integer("DelaySeconds"),
                    MessageAttribute.fromQuery(entry, "MessageAttribute"),
                    MessageAttribute.fromQuery(entry, "MessageSystemAttribute"),
                    entry.string("MessageDeduplicationId"), entry.string("MessageGroupId"))).toList());
        }
    }

    public record Entry(@JsonProperty("Id") String id, @JsonProperty("MessageBody") String messageBody,
                        @JsonProperty("DelaySeconds") Integer delaySeconds,
                        @JsonProperty("MessageAttributes") Map<String, MessageAttribute> messageAttributes,
                        @JsonProperty("MessageSystemAttributes") Map<String, MessageAttribute> systemAttributes,
                        @JsonProperty("MessageDeduplicationId") String messageDeduplicationId,
                        @JsonProperty("MessageGroupId") String messageGroupId) {

        public MessageToSend toCore() {
            return SendMessage.message(messageBody, delaySeconds, messageAttributes, systemAttributes,
                    messageDeduplicationId, messageGroupId);
        }
    }

    public record ResultEntry(@JsonProperty("Id") String id, @JsonProperty("MessageId") String messageId,
                              @JsonProperty("MD5OfMessageBody") String md5OfMessageBody,
                              @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
                              @JsonProperty("MD5OfMessageSystemAttributes") String md5OfMessageSystemAttributes,
                              @JsonProperty("SequenceNumber") String sequenceNumber) {

        public static ResultEntry of(String id, SendResult result) {
            return new ResultEntry(id, result.sent().messageId(), result.sent().md5OfBody(),
                    result.sent().md5OfMessageAttributes(), result.md5OfMessageSystemAttributes(),
                    result.sent().sequenceNumber());
        }

        XmlElement toXml() {
            return new QueryOutput().text("Id", id).text("MessageId", messageId)
                    .text("MD5OfMessageBody", md5OfMessageBody).text("MD5OfMessageAttributes", md5OfMessageAttributes)
                    .text("MD5OfMessageSystemAttributes", md5OfMessageSystemAttributes)
                    .text("SequenceNumber", sequenceNumber).as("SendMessageBatchResultEntry");
        }
    }

    public record Output(@JsonProperty("Successful") List<ResultEntry> successful,
                         @JsonProperty("Failed") List<BatchResultErrorEntry> failed) {

        public List<XmlElement> toXml() {
            QueryOutput output = new QueryOutput();
            successful.forEach(entry -> output.element(entry.toXml()));
            failed.forEach(entry -> output.element(entry.toXml()));
            return output.elements();
        }
    }
}
