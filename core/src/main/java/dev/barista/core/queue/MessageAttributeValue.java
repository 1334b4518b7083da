package dev.barista.core.queue;

import java.util.Objects;

/**
 * One message attribute: its data type ({@code String}, {@code Number}, {@code Binary}, optionally with a custom
 * suffix such as {@code Number.float}) and its string or binary value.
 *
 * @param stringValue the value of String and Number types, null for Binary
 * @param binaryValue the value of Binary types, null otherwise
 */
public record MessageAttributeValue(String dataType, String stringValue, byte[] binaryValue) {
    public MessageAttributeValue {
        Objects.requireNonNull(dataType, "dataType");
    }

    public static MessageAttributeValue string(String value) {
        return new MessageAttributeValue("String", value, null);
    }
}
