package dev.barista.aws.protocol.query;

import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes awsQuery response and error documents with the JDK's StAX writer, which escapes text. Thread-safe. */
final class QueryXml {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private QueryXml() {
    }

    /**
     * {@code <ActionResponse xmlns><ActionResult>...</ActionResult><ResponseMetadata><RequestId>}; the result
     * element is left out when there is no result.
     */
    static byte[] response(String action, String namespace, List<XmlElement> result, String requestId) {
        return write(writer -> {
            writer.writeStartElement(action + "Response");
            writer.writeDefaultNamespace(namespace);
            if (!result.isEmpty()) {
                writer.writeStartElement(action + "Result");
                for (XmlElement element : result) {
                    element(writer, element);
                }
                writer.writeEndElement();
            }
            writer.writeStartElement("ResponseMetadata");
            text(writer, "RequestId", requestId);
            writer.writeEndElement();
            writer.writeEndElement();
        });
    }

    /**
     * {@code <ErrorResponse><Error><Type><Code><Message><Detail/></Error><RequestId></ErrorResponse>}.
     *
     * @param namespace the service's namespace, or null when no service was found
     */
    static byte[] error(String namespace, String type, String code, String message, String requestId) {
        return write(writer -> {
            writer.writeStartElement("ErrorResponse");
            if (namespace != null) {
                writer.writeDefaultNamespace(namespace);
            }
            writer.writeStartElement("Error");
            text(writer, "Type", type);
            text(writer, "Code", code);
            text(writer, "Message", message);
            writer.writeEmptyElement("Detail");
            writer.writeEndElement();
            text(writer, "RequestId", requestId);
            writer.writeEndElement();
        });
    }

    private static void element(XMLStreamWriter writer, XmlElement element) throws XMLStreamException {
        switch (element) {
            case XmlElement.Text text -> text(writer, text.name(), text.text());
            case XmlElement.Parent parent -> {
                writer.writeStartElement(parent.name());
                for (XmlElement child : parent.children()) {
                    element(writer, child);
                }
                writer.writeEndElement();
            }
        }
    }

    private static void text(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException exception) {
            throw new IllegalStateException("cannot write an awsQuery document", exception);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }
}
