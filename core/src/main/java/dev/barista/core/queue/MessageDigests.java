package dev.barista.core.queue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digests SQS answers and the SDKs verify: MD5 of the body; MD5 of message attributes (and of system
 * attributes) by SQS's documented algorithm; SHA-256 of the body for content-based deduplication. Thread-safe.
 *
 * <p>Attributes are digested in name order; each one contributes its name, its data type and its value, each as a
 * 4-byte big-endian length followed by the UTF-8 (or binary) bytes, with a transport byte (1 for String and Number
 * types, 2 for Binary types) before the value.
 */
public final class MessageDigests {
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> MD5 = perThread("MD5");
    private static final ThreadLocal<MessageDigest> SHA_256 = perThread("SHA-256");

    private MessageDigests() {
    }

    public static String md5OfBody(String body) {
        return HEX.formatHex(digest("MD5", body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The MD5 of a set of attributes, or null when there are none (SQS leaves the field out). */
    public static String md5OfAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        for (Map.Entry<String, MessageAttributeValue> attribute : new TreeMap<>(attributes).entrySet()) {
            MessageAttributeValue value = attribute.getValue();
            lengthPrefixed(bytes, attribute.getKey().getBytes(StandardCharsets.UTF_8));
            lengthPrefixed(bytes, value.dataType().getBytes(StandardCharsets.UTF_8));
            if (MessageAttributeTypes.isBinary(value.dataType())) {
                bytes.write(2);
                lengthPrefixed(bytes, value.binaryValue() == null ? new byte[0] : value.binaryValue());
            } else {
                bytes.write(1);
                lengthPrefixed(bytes, value.stringValue() == null ? new byte[0]
                        : value.stringValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return HEX.formatHex(digest("MD5", bytes.toByteArray()));
    }

    /** The content-based deduplication id of a body: its SHA-256 in hexadecimal. */
    static String sha256OfBody(String body) {
        return HEX.formatHex(digest("SHA-256", body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void lengthPrefixed(ByteArrayOutputStream bytes, byte[] value) {
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        bytes.writeBytes(value);
    }

    private static byte[] digest(String algorithm, byte[] input) {
        MessageDigest digest = switch (algorithm) {
            case "MD5" -> MD5.get();
            case "SHA-256" -> SHA_256.get();
            default -> throw new IllegalArgumentException(algorithm);
        };
        return digest.digest(input);
    }

    /** Digests are not thread-safe and costly to look up; each thread keeps its own. */
    private static ThreadLocal<MessageDigest> perThread(String algorithm) {
        return ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException missing) {
                throw new IllegalStateException("every JDK has " + algorithm, missing);
            }
        });
    }
}
