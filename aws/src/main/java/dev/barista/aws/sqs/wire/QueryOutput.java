package dev.barista.aws.sqs.wire;

import dev.barista.aws.protocol.query.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds SQS's awsQuery result elements, leaving out absent members as SQS does. Not thread-safe. */
final class QueryOutput {
    private final List<XmlElement> elements = new ArrayList<>();

    QueryOutput text(String name, Object value) {
        if (value != null) {
            elements.add(XmlElement.text(name, value.toString()));
        }
        return this;
    }

    /** A flattened list: one {@code <name>} element per value. */
    QueryOutput texts(String name, List<String> values) {
        if (values != null) {
            values.forEach(value -> elements.add(XmlElement.text(name, value)));
        }
        return this;
    }

    /** A flattened map: one {@code <name><key/><value/></name>} per entry. */
    QueryOutput map(String name, String key, String value, Map<String, String> map) {
        if (map != null) {
            map.forEach((entryKey, entryValue) -> elements.add(XmlElement.of(name, XmlElement.text(key, entryKey),
                    XmlElement.text(value, entryValue))));
        }
        return this;
    }

    QueryOutput element(XmlElement element) {
        elements.add(element);
        return this;
    }

    List<XmlElement> elements() {
        return List.copyOf(elements);
    }

    /** The elements as one {@code <name>} parent. */
    XmlElement as(String name) {
        return XmlElement.of(name, elements);
    }
}
