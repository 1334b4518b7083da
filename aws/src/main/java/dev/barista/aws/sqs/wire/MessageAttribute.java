package dev.barista.aws.sqs.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.barista.aws.protocol.query.XmlElement;
import dev.barista.core.queue.MessageAttributeValue;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message (or message system) attribute on the wire. The list values are reserved by SQS and refused by it; they
 * are read only to be refused the same way (a String or Binary type must use its single-value field).
 */
public record MessageAttribute(@JsonProperty("StringValue") String stringValue,
                               @JsonProperty("BinaryValue") byte[] binaryValue,
                               @JsonProperty("StringListValues") List<String> stringListValues,
                               @JsonProperty("BinaryListValues") List<byte[]> binaryListValues,
                               @JsonProperty("DataType") String dataType) {

    MessageAttributeValue toCore() {
        return new MessageAttributeValue(dataType == null ? "" : dataType, stringValue, binaryValue);
    }

    static MessageAttribute of(MessageAttributeValue value) {
        return new MessageAttribute(value.stringValue(), value.binaryValue(), null, null, value.dataType());
    }

    static Map<String, MessageAttributeValue> toCore(Map<String, MessageAttribute> attributes) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> values.put(name, value == null
                    ? new MessageAttributeValue("", null, null) : value.toCore()));
        }
        return values;
    }

    /** {@code Member.N.Name} with {@code Member.N.Value.StringValue|BinaryValue|DataType}; null when none. */
    static Map<String, MessageAttribute> fromQuery(QueryInput input, String member) {
        List<QueryInput> entries = input.structures(member);
        if (entries == null) {
            return null;
        }
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        for (QueryInput entry : entries) {
            String binary = entry.string("Value.BinaryValue");
            attributes.put(entry.string("Name"), new MessageAttribute(entry.string("Value.StringValue"),
                    binary == null ? null : Base64.getMimeDecoder().decode(binary), null, null,
                    entry.string("Value.DataType")));
        }
        return attributes;
    }

    /** {@code <MessageAttribute><Name/><Value>...</Value></MessageAttribute>}. */
    XmlElement toXml(String name) {
        QueryOutput value = new QueryOutput().text("StringValue", stringValue)
                .text("BinaryValue", binaryValue == null ? null : Base64.getEncoder().encodeToString(binaryValue))
                .text("DataType", dataType);
        return XmlElement.of("MessageAttribute", XmlElement.text("Name", name), value.as("Value"));
    }
}
