package dev.barista.core.logs;

import dev.barista.core.error.BaristaException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CloudWatch Logs' constraints on names, limits, tags and retention, with the messages its front end answers
 * ("1 validation error detected: ...").
 */
final class LogLimits {
    /** PutRetentionPolicy's allowed values. */
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    static final int MAXIMUM_EVENTS_PER_PUT = 10_000;
    static final int MAXIMUM_PUT_BYTES = 1_048_576;
    static final int EVENT_OVERHEAD_BYTES = 26;
    static final int MAXIMUM_RESPONSE_BYTES = 1_048_576;
    private static final Pattern GROUP_NAME = Pattern.compile("[.\\-_/#A-Za-z0-9]+");
    private static final Pattern STREAM_NAME = Pattern.compile("[^:*]*");
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+");
    private static final Pattern TAG_VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private LogLimits() {
    }

    static void groupName(String name, String member) {
        required(name, member);
        length(name, member, 1, 512);
        if (!GROUP_NAME.matcher(name).matches()) {
            throw violation(name, member, "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+");
        }
    }

    static void streamName(String name, String member) {
        required(name, member);
        length(name, member, 1, 512);
        if (!STREAM_NAME.matcher(name).matches()) {
            throw violation(name, member, "Member must satisfy regular expression pattern: [^:*]*");
        }
    }

    /** Only the STANDARD class is supported (the others change pricing and features Barista does not have). */
    static void groupClass(String logGroupClass) {
        if (logGroupClass == null || logGroupClass.equals("STANDARD")) {
            return;
        }
        if (logGroupClass.equals("INFREQUENT_ACCESS") || logGroupClass.equals("DELIVERY")) {
            throw BaristaException.invalidParameter("Barista supports only the STANDARD log group class, not "
                    + logGroupClass + ".");
        }
        throw violation(logGroupClass, "logGroupClass",
                "Member must satisfy enum value set: [STANDARD, INFREQUENT_ACCESS, DELIVERY]");
    }

    static void prefix(String prefix, String member) {
        if (prefix != null) {
            length(prefix, member, 1, 512);
        }
    }

    /** The limit, or {@code fallback} when absent. */
    static int limit(Integer limit, int maximum, int fallback) {
        if (limit == null) {
            return fallback;
        }
        if (limit < 1) {
            throw violation(limit, "limit", "Member must have value greater than or equal to 1");
        }
        if (limit > maximum) {
            throw violation(limit, "limit", "Member must have value less than or equal to " + maximum);
        }
        return limit;
    }

    static void retention(Integer days) {
        if (days == null) {
            throw new BaristaException(dev.barista.core.error.ErrorCode.VALIDATION, "1 validation error detected:"
                    + " Value null at 'retentionInDays' failed to satisfy constraint: Member must not be null");
        }
        if (!RETENTION_DAYS.contains(days)) {
            throw violation(days, "retentionInDays", "Member must satisfy enum value set: " + RETENTION_DAYS);
        }
    }

    static void tags(Map<String, String> tags, String member) {
        if (tags.size() > 50) {
            throw BaristaException.invalidParameter("A resource can have no more than 50 tags.");
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            tagKey(tag.getKey(), member);
            String value = tag.getValue() == null ? "" : tag.getValue();
            if (value.length() > 256 || !TAG_VALUE.matcher(value).matches()) {
                throw violation(value, member + ".value", "Member must have length less than or equal to 256 and"
                        + " satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");
            }
        }
    }

    static void tagKey(String key, String member) {
        if (key == null || key.isEmpty() || key.length() > 128 || !TAG_KEY.matcher(key).matches()
                || key.startsWith("aws:")) {
            throw violation(key, member + ".key", "Member must have length between 1 and 128, satisfy regular"
                    + " expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$ and not begin with aws:");
        }
    }

    static void required(Object value, String member) {
        if (value == null) {
            throw BaristaException.validation("1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
    }

    private static void length(String value, String member, int minimum, int maximum) {
        if (value.length() < minimum) {
            throw violation(value, member, "Member must have length greater than or equal to " + minimum);
        }
        if (value.length() > maximum) {
            throw violation(value, member, "Member must have length less than or equal to " + maximum);
        }
    }

    static BaristaException violation(Object value, String member, String constraint) {
        return BaristaException.validation("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }
}
