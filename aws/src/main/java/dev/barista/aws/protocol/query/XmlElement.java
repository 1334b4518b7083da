package dev.barista.aws.protocol.query;

import java.util.List;
import java.util.Objects;

/** An element of an awsQuery response: text, or child elements. Immutable. */
public sealed interface XmlElement {

    String name();

    /** {@code <name>text</name>}. */
    static XmlElement text(String name, String text) {
        return new Text(name, text);
    }

    /** {@code <name>children</name>}. */
    static XmlElement of(String name, List<XmlElement> children) {
        return new Parent(name, children);
    }

    /** {@code <name>children</name>}. */
    static XmlElement of(String name, XmlElement... children) {
        return new Parent(name, List.of(children));
    }

    record Text(String name, String text) implements XmlElement {
        public Text {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }

    record Parent(String name, List<XmlElement> children) implements XmlElement {
        public Parent {
            Objects.requireNonNull(name, "name");
            children = List.copyOf(children);
        }
    }
}
