package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import dev.barista.core.queue.MessageToSend;
import dev.barista.core.queue.OutgoingMessage;
import dev.barista.core.queue.SendResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** SendMessage, and the message part it shares with SendMessageBatch's entries. */
public final class SendMessage {
    private SendMessage() {
    }

    public record Input(@JsonProperty("QueueUrl") String queueUrl,
                        @JsonProperty("MessageBody") String messageBody,
                        @JsonProperty("DelaySeconds") Integer delaySeconds,
                        @JsonProperty("MessageAttributes") Map<String, MessageAttribute> messageAttributes,
                        @JsonProperty("MessageSystemAttributes") Map<String, MessageAttribute> systemAttributes,
                        @JsonProperty("MessageDeduplicationId") String messageDeduplicationId,
                        @JsonProperty("MessageGroupId") String messageGroupId) {

        public static Input fromQuery(QueryInput input) {
            return new Input(input.queueUrl(), input.string("MessageBody"), input.integer("DelaySeconds"),
                    MessageAttribute.fromQuery(input, "MessageAttribute"),
                    MessageAttribute.fromQuery(input, "MessageSystemAttribute"),
                    input.string("MessageDeduplicationId"), input.string("MessageGroupId"));
        }

        public MessageToSend toCore() {
            return message(messageBody, delaySeconds, messageAttributes, systemAttributes, messageDeduplicationId,
                    messageGroupId);
        }
    }

    public record Output(@JsonProperty("MD5OfMessageBody") String md5OfMessageBody,
                         @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
                         @JsonProperty("MD5OfMessageSystemAttributes") String md5OfMessageSystemAttributes,
                         @JsonProperty("MessageId") String messageId,
                         @JsonProperty("SequenceNumber") String sequenceNumber) {

        public static Output of(SendResult result) {
            return new Output(result.sent().md5OfBody(), result.sent().md5OfMessageAttributes(),
                    result.md5OfMessageSystemAttributes(), result.sent().messageId(), result.sent().sequenceNumber());
        }

        public List<XmlElement> toXml() {
            return new QueryOutput().text("MD5OfMessageBody", md5OfMessageBody)
                    .text("MD5OfMessageAttributes", md5OfMessageAttributes)
                    .text("MD5OfMessageSystemAttributes", md5OfMessageSystemAttributes).text("MessageId", messageId)
                    .text("SequenceNumber", sequenceNumber).elements();
        }
    }

    /** A missing body becomes the empty body, which core refuses as a missing parameter. */
    static MessageToSend message(String body, Integer delaySeconds, Map<String, MessageAttribute> attributes,
                                 Map<String, MessageAttribute> systemAttributes, String deduplicationId,
                                 String groupId) {
        return new MessageToSend(new OutgoingMessage(body == null ? "" : body, MessageAttribute.toCore(attributes),
                groupId, deduplicationId, delaySeconds == null ? null : Duration.ofSeconds(delaySeconds)),
                MessageAttribute.toCore(systemAttributes));
    }
}
