package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SQS's rules for what a message may hold: the characters of its body and string values, its attributes' names,
 * types and values, and its size (body plus every attribute's name, type and value, against the queue's
 * MaximumMessageSize). Stateless.
 */
final class MessageValidator {
    static final String TRACE_HEADER = "AWSTraceHeader";
    private static final int MAXIMUM_ATTRIBUTES = 10;
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,256}");

    private MessageValidator() {
    }

    /**
     * Checks a message and returns its size in bytes as SQS counts it.
     *
     * @throws BaristaException MISSING_PARAMETER, INVALID_PARAMETER_VALUE or INVALID_MESSAGE_CONTENTS
     */
    static int requireValid(OutgoingMessage message, Map<String, MessageAttributeValue> systemAttributes,
                            int maximumSize) {
        if (message.body().isEmpty()) {
            throw new BaristaException(ErrorCode.MISSING_PARAMETER, "The request must contain the parameter"
                    + " MessageBody.");
        }
        requireValidCharacters(message.body(), "message body");
        if (message.messageAttributes().size() > MAXIMUM_ATTRIBUTES) {
            throw BaristaException.invalidParameter("Number of message attributes [" + message.messageAttributes()
                    .size() + "] exceeds the allowed maximum [" + MAXIMUM_ATTRIBUTES + "].");
        }
        long size = message.body().getBytes(StandardCharsets.UTF_8).length;
        for (Map.Entry<String, MessageAttributeValue> attribute : message.messageAttributes().entrySet()) {
            requireValidName(attribute.getKey());
            size += requireValidValue(attribute.getKey(), attribute.getValue());
        }
        for (Map.Entry<String, MessageAttributeValue> attribute : systemAttributes.entrySet()) {
            if (!attribute.getKey().equals(TRACE_HEADER)) {
                throw BaristaException.invalidParameter("Message system attribute name '" + attribute.getKey()
                        + "' is invalid.");
            }
            if (!"String".equals(attribute.getValue().dataType())) {
                throw BaristaException.invalidParameter("Message system attribute '" + TRACE_HEADER
                        + "' must be of type String.");
            }
            requireValidValue(attribute.getKey(), attribute.getValue());
        }
        if (size > maximumSize) {
            throw BaristaException.invalidParameter("One or more parameters are invalid. Reason: Message must be"
                    + " shorter than " + maximumSize + " bytes.");
        }
        return (int) size;
    }

    /** The size SQS counts for a message, whether or not it is valid: body plus attribute names, types, values. */
    static long size(OutgoingMessage message) {
        long size = message.body().getBytes(StandardCharsets.UTF_8).length;
        for (Map.Entry<String, MessageAttributeValue> attribute : message.messageAttributes().entrySet()) {
            MessageAttributeValue value = attribute.getValue();
            size += attribute.getKey().getBytes(StandardCharsets.UTF_8).length
                    + value.dataType().getBytes(StandardCharsets.UTF_8).length
                    + (value.binaryValue() != null ? value.binaryValue().length : 0)
                    + (value.stringValue() != null ? value.stringValue().getBytes(StandardCharsets.UTF_8).length : 0);
        }
        return size;
    }

    private static void requireValidName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!ATTRIBUTE_NAME.matcher(name).matches() || name.startsWith(".") || name.endsWith(".")
                || name.contains("..")) {
            throw BaristaException.invalidParameter("Message (user) attribute name '" + name + "' is invalid."
                    + " It can contain only alphanumeric characters, hyphens, underscores and periods (not at the"
                    + " start or end, and not two in a row), up to 256 characters.");
        }
        if (lower.startsWith("aws.") || lower.startsWith("amazon.")) {
            throw BaristaException.invalidParameter("Message (user) attribute name '" + name
                    + "' is reserved for use by Amazon.");
        }
    }

    /** Checks one attribute's type and value; returns the bytes it counts toward the message size. */
    private static long requireValidValue(String name, MessageAttributeValue value) {
        String dataType = value.dataType();
        if (dataType.isEmpty()) {
            throw BaristaException.invalidParameter("The message attribute '" + name + "' must contain non-empty"
                    + " message attribute type.");
        }
        String base = MessageAttributeTypes.baseType(dataType);
        if (base == null || dataType.length() > 256) {
            throw BaristaException.invalidParameter("The type of message (user) attribute '" + name + "' is invalid."
                    + " You must use only the following supported type prefixes: Binary, Number, String.");
        }
        long size = name.getBytes(StandardCharsets.UTF_8).length + dataType.getBytes(StandardCharsets.UTF_8).length;
        if (base.equals("Binary")) {
            if (value.binaryValue() == null || value.binaryValue().length == 0 || value.stringValue() != null) {
                throw BaristaException.invalidParameter("The message attribute '" + name + "' with type 'Binary'"
                        + " must use field 'Binary'.");
            }
            return size + value.binaryValue().length;
        }
        if (value.stringValue() == null || value.stringValue().isEmpty() || value.binaryValue() != null) {
            throw BaristaException.invalidParameter("The message attribute '" + name + "' with type '" + base
                    + "' must use field 'String'.");
        }
        requireValidCharacters(value.stringValue(), "message attribute '" + name + "'");
        if (base.equals("Number")) {
            requireNumber(name, value.stringValue());
        }
        return size + value.stringValue().getBytes(StandardCharsets.UTF_8).length;
    }

    private static void requireNumber(String name, String text) {
        try {
            BigDecimal number = new BigDecimal(text.trim());
            if (number.precision() > 38 || number.abs().compareTo(BigDecimal.TEN.pow(126)) > 0) {
                throw new NumberFormatException("out of range");
            }
        } catch (NumberFormatException | ArithmeticException notANumber) {
            throw BaristaException.invalidParameter("Can't cast the value of message (user) attribute '" + name
                    + "' to a number.");
        }
    }

    /** The characters XML 1.0 allows, which is what SQS accepts: #x9, #xA, #xD, #x20-#xD7FF, #xE000-#xFFFD, above. */
    static void requireValidCharacters(String text, String where) {
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            boolean allowed = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                    || (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                    || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
            if (!allowed) {
                throw new BaristaException(ErrorCode.INVALID_MESSAGE_CONTENTS, "Invalid binary character '#x"
                        + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + "' was found in the " + where
                        + ", the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD |"
                        + " #x10000 to #x10FFFF");
            }
            index += Character.charCount(codePoint);
        }
    }
}
