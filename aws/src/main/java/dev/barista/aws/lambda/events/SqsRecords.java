package dev.barista.aws.lambda.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.barista.core.queue.MessageAttributeValue;
import dev.barista.core.queue.ReceivedMessage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One SQS message as a record of Lambda's SQS event, member for member as {@code aws-lambda-java-events}'
 * {@code SQSEvent.SQSMessage} is serialized (and in the order of AWS's documented example): messageId,
 * receiptHandle, body, attributes, messageAttributes, md5OfMessageAttributes (only when the message has
 * attributes), md5OfBody, eventSource, eventSourceARN, awsRegion.
 */
final class SqsRecords {
    /** The system attributes in the order Lambda writes them; any others follow by name. */
    private static final List<String> ATTRIBUTE_ORDER = List.of("ApproximateReceiveCount", "SentTimestamp",
            "SequenceNumber", "MessageGroupId", "SenderId", "MessageDeduplicationId",
            "ApproximateFirstReceiveTimestamp");

    private SqsRecords() {
    }

    /**
     * @param body the body as the record holds it: a text node for the event, the parsed JSON for filtering
     */
    static ObjectNode record(ReceivedMessage message, JsonNode body, String queueArn, String region,
                             JsonNodeFactory nodes) {
        ObjectNode record = nodes.objectNode();
        record.put("messageId", message.messageId());
        record.put("receiptHandle", message.receiptHandle());
        record.set("body", body);
        record.set("attributes", attributes(message.attributes(), nodes));
        record.set("messageAttributes", messageAttributes(message.messageAttributes(), nodes));
        if (message.md5OfMessageAttributes() != null) {
            record.put("md5OfMessageAttributes", message.md5OfMessageAttributes());
        }
        record.put("md5OfBody", message.md5OfBody());
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", queueArn);
        record.put("awsRegion", region);
        return record;
    }

    private static ObjectNode attributes(Map<String, String> attributes, JsonNodeFactory nodes) {
        ObjectNode node = nodes.objectNode();
        List<String> names = new ArrayList<>(ATTRIBUTE_ORDER);
        new TreeMap<>(attributes).keySet().stream().filter(name -> !ATTRIBUTE_ORDER.contains(name))
                .forEach(names::add);
        for (String name : names) {
            String value = attributes.get(name);
            if (value != null) {
                node.put(name, value);
            }
        }
        return node;
    }

    private static ObjectNode messageAttributes(Map<String, MessageAttributeValue> attributes,
                                                JsonNodeFactory nodes) {
        ObjectNode node = nodes.objectNode();
        new TreeMap<>(attributes).forEach((name, value) -> {
            ObjectNode attribute = node.putObject(name);
            if (value.stringValue() != null) {
                attribute.put("stringValue", value.stringValue());
            }
            if (value.binaryValue() != null) {
                attribute.put("binaryValue", Base64.getEncoder().encodeToString(value.binaryValue()));
            }
            // SQS has no list values yet; Lambda writes the members empty.
            attribute.putArray("stringListValues");
            attribute.putArray("binaryListValues");
            attribute.put("dataType", value.dataType());
        });
        return node;
    }
}
