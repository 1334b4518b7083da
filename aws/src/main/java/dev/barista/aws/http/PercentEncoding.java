package dev.barista.aws.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding of paths, queries and forms (RFC 3986), and the percent-encoding that AWS Signature Version 4
 * prescribes. Decoding is lenient: a {@code %} not followed by two hexadecimal digits stays as it is, so that the
 * operation, not the decoder, reports the malformed value in AWS's words.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * Decodes {@code %XX} escapes as UTF-8.
     *
     * @param plusIsSpace true for query strings and form bodies, where {@code +} stands for a space; false for paths
     */
    public static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int index = 0;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character == '%' && hexValue(text, index + 1) >= 0 && hexValue(text, index + 2) >= 0) {
                bytes.write(hexValue(text, index + 1) << 4 | hexValue(text, index + 2));
                index += 3;
            } else if (character == '+' && plusIsSpace) {
                bytes.write(' ');
                index++;
            } else {
                int end = index + 1;
                while (end < text.length() && text.charAt(end) != '%' && !(plusIsSpace && text.charAt(end) == '+')) {
                    end++;
                }
                bytes.writeBytes(text.substring(index, end).getBytes(StandardCharsets.UTF_8));
                index = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Encodes as SigV4's {@code UriEncode}: every byte of the UTF-8 form except the unreserved characters
     * {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX} with upper-case digits.
     */
    public static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length() + 8);
        for (byte value : text.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = value & 0xFF;
            if (isUnreserved(unsigned)) {
                encoded.append((char) unsigned);
            } else {
                encoded.append('%').append(HEX[unsigned >> 4]).append(HEX[unsigned & 0xF]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(int character) {
        return character >= 'A' && character <= 'Z' || character >= 'a' && character <= 'z'
                || character >= '0' && character <= '9' || character == '-' || character == '.' || character == '_'
                || character == '~';
    }

    /** The value of an ASCII hexadecimal digit at {@code index}, or -1 (also past the end). */
    private static int hexValue(String text, int index) {
        if (index >= text.length()) {
            return -1;
        }
        char digit = text.charAt(index);
        if (digit >= '0' && digit <= '9') {
            return digit - '0';
        }
        if (digit >= 'A' && digit <= 'F') {
            return digit - 'A' + 10;
        }
        return digit >= 'a' && digit <= 'f' ? digit - 'a' + 10 : -1;
    }
}
