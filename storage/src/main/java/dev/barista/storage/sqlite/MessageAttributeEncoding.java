package dev.barista.storage.sqlite;

import dev.barista.core.queue.MessageAttributeValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Message attributes as one blob column: a count, then per attribute in name order its name, its data type, a kind
 * byte (0 string value, 1 binary value) and the value's length and bytes. Names and types are modified UTF-8 with a
 * 2-byte length ({@link DataOutputStream#writeUTF}); SQS caps both at 256 characters. The empty map is SQL NULL.
 */
final class MessageAttributeEncoding {
    private static final byte STRING = 0;
    private static final byte BINARY = 1;

    private MessageAttributeEncoding() {
    }

    /** The blob, or null for no attributes. */
    static byte[] encode(Map<String, MessageAttributeValue> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream output = new DataOutputStream(bytes)) {
            output.writeInt(attributes.size());
            for (Map.Entry<String, MessageAttributeValue> attribute : new TreeMap<>(attributes).entrySet()) {
                MessageAttributeValue value = attribute.getValue();
                output.writeUTF(attribute.getKey());
                output.writeUTF(value.dataType());
                byte[] content = value.binaryValue() != null ? value.binaryValue()
                        : value.stringValue().getBytes(StandardCharsets.UTF_8);
                output.writeByte(value.binaryValue() != null ? BINARY : STRING);
                output.writeInt(content.length);
                output.write(content);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    static Map<String, MessageAttributeValue> decode(byte[] blob) {
        if (blob == null) {
            return Map.of();
        }
        try (DataInputStream input = new DataInputStream(new ByteArrayInputStream(blob))) {
            int count = input.readInt();
            Map<String, MessageAttributeValue> attributes = new HashMap<>();
            for (int index = 0; index < count; index++) {
                String name = input.readUTF();
                String dataType = input.readUTF();
                byte kind = input.readByte();
                byte[] content = input.readNBytes(input.readInt());
                attributes.put(name, kind == BINARY ? new MessageAttributeValue(dataType, null, content)
                        : new MessageAttributeValue(dataType, new String(content, StandardCharsets.UTF_8), null));
            }
            return attributes;
        } catch (IOException malformed) {
            throw new IllegalStateException("Malformed message attributes in the database (" + blob.length
                    + " bytes)", malformed);
        }
    }
}
