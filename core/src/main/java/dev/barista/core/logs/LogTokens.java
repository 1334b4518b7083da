package dev.barista.core.logs;

import dev.barista.core.error.BaristaException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The pagination tokens of CloudWatch Logs. GetLogEvents' are shaped like AWS's ({@code f/<56 digits>/s} forward,
 * {@code b/<56 digits>/s} backward) and hold an {@link EventPosition}; the others are opaque base64url strings of
 * the last key of a page. A token that does not decode is an {@code InvalidParameterException}.
 */
final class LogTokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private LogTokens() {
    }

    static String forward(EventPosition position) {
        return "f/" + digits(position) + "/s";
    }

    static String backward(EventPosition position) {
        return "b/" + digits(position) + "/s";
    }

    /**
     * Decodes a GetLogEvents token.
     *
     * @return the position, and in {@link Direction} whether the token reads forward
     */
    static Direction direction(String token) {
        if (token.length() == 60 && (token.startsWith("f/") || token.startsWith("b/")) && token.endsWith("/s")
                && token.substring(2, 58).chars().allMatch(Character::isDigit)) {
            return token.startsWith("f/") ? Direction.FORWARD : Direction.BACKWARD;
        }
        throw invalid();
    }

    static EventPosition eventPosition(String token) {
        direction(token);
        String digits = token.substring(2, 58);
        try {
            return new EventPosition(Long.parseUnsignedLong(digits.substring(16, 36)) ^ Long.MIN_VALUE,
                    Long.parseUnsignedLong(digits.substring(36)) ^ Long.MIN_VALUE);
        } catch (NumberFormatException overflow) {
            throw invalid();
        }
    }

    /** An opaque token for the next page after {@code key}, of a listing named {@code kind}. */
    static String opaque(String kind, String key) {
        return ENCODER.encodeToString((kind + "\n" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key of an opaque token, or null for a null token. */
    static String key(String kind, String token) {
        if (token == null) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(DECODER.decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (!decoded.startsWith(kind + "\n")) {
            throw invalid();
        }
        return decoded.substring(kind.length() + 1);
    }

    static String filterToken(EventPosition position) {
        return opaque("filter", position.timestamp() + ":" + position.sequence());
    }

    static EventPosition filterPosition(String token) {
        String key = key("filter", token);
        int colon = key.indexOf(':');
        try {
            return new EventPosition(Long.parseLong(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)));
        } catch (RuntimeException malformed) {
            throw invalid();
        }
    }

    /** A stable 56-digit event id, as FilterLogEvents returns them, unique per stored event. */
    static String eventId(EventPosition position) {
        return digits(position);
    }

    private static String digits(EventPosition position) {
        return "0".repeat(16) + unsigned(position.timestamp()) + unsigned(position.sequence());
    }

    private static String unsigned(long value) {
        String digits = Long.toUnsignedString(value ^ Long.MIN_VALUE);
        return "0".repeat(20 - digits.length()) + digits;
    }

    private static BaristaException invalid() {
        return BaristaException.invalidParameter("The specified nextToken is invalid.");
    }

    enum Direction {
        FORWARD,
        BACKWARD
    }
}
