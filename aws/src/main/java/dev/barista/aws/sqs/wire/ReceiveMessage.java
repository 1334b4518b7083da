package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import dev.barista.core.queue.ReceiveOptions;
import dev.barista.core.queue.ReceivedMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ReceiveMessage. */
public final class ReceiveMessage {
    private ReceiveMessage() {
    }

    public record Input(@JsonProperty("QueueUrl") String queueUrl,
                        @JsonProperty("AttributeNames") List<String> attributeNames,
                        @JsonProperty("MessageSystemAttributeNames") List<String> messageSystemAttributeNames,
                        @JsonProperty("MessageAttributeNames") List<String> messageAttributeNames,
                        @JsonProperty("MaxNumberOfMessages") Integer maxNumberOfMessages,
                        @JsonProperty("VisibilityTimeout") Integer visibilityTimeout,
                        @JsonProperty("WaitTimeSeconds") Integer waitTimeSeconds,
                        @JsonProperty("ReceiveRequestAttemptId") String receiveRequestAttemptId) {

        public static Input fromQuery(QueryInput input) {
            return new Input(input.queueUrl(), input.list("AttributeName"), input.list("MessageSystemAttributeName"),
                    input.list("MessageAttributeName"), input.integer("MaxNumberOfMessages"),
                    input.integer("VisibilityTimeout"), input.integer("WaitTimeSeconds"),
                    input.string("ReceiveRequestAttemptId"));
        }

        /** The legacy AttributeNames and MessageSystemAttributeNames select system attributes together. */
        public ReceiveOptions toCore() {
            List<String> systemNames = new ArrayList<>();
            if (attributeNames != null) {
                systemNames.addAll(attributeNames);
            }
            if (messageSystemAttributeNames != null) {
                systemNames.addAll(messageSystemAttributeNames);
            }
            return new ReceiveOptions(maxNumberOfMessages, visibilityTimeout, waitTimeSeconds, systemNames,
                    messageAttributeNames, receiveRequestAttemptId);
        }
    }

    public record Message(@JsonProperty("MessageId") String messageId,
                          @JsonProperty("ReceiptHandle") String receiptHandle,
                          @JsonProperty("MD5OfBody") String md5OfBody,
                          @JsonProperty("Body") String body,
                          @JsonProperty("Attributes") Map<String, String> attributes,
                          @JsonProperty("MD5OfMessageAttributes") String md5OfMessageAttributes,
                          @JsonProperty("MessageAttributes") Map<String, MessageAttribute> messageAttributes) {

        static Message of(ReceivedMessage message) {
            Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
            message.messageAttributes().forEach((name, value) -> attributes.put(name, MessageAttribute.of(value)));
            return new Message(message.messageId(), message.receiptHandle(), message.md5OfBody(), message.body(),
                    message.attributes().isEmpty() ? null : message.attributes(), message.md5OfMessageAttributes(),
                    attributes.isEmpty() ? null : attributes);
        }

        XmlElement toXml() {
            QueryOutput output = new QueryOutput().text("MessageId", messageId).text("ReceiptHandle", receiptHandle)
                    .text("MD5OfBody", md5OfBody).text("Body", body).map("Attribute", "Name", "Value", attributes)
                    .text("MD5OfMessageAttributes", md5OfMessageAttributes);
            if (messageAttributes != null) {
                messageAttributes.forEach((name, value) -> output.element(value.toXml(name)));
            }
            return output.as("Message");
        }
    }

    /** @param messages null when there are none, as SQS leaves the member out */
    public record Output(@JsonProperty("Messages") List<Message> messages) {

        public static Output of(List<ReceivedMessage> received) {
            return new Output(received.isEmpty() ? null : received.stream().map(Message::of).toList());
        }

        public List<XmlElement> toXml() {
            QueryOutput output = new QueryOutput();
            if (messages != null) {
                messages.forEach(message -> output.element(message.toXml()));
            }
            return output.elements();
        }
    }
}
