package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.Map;

/** SQS's rules for queue tags: at most 50 per queue, keys of 1 to 128 characters, values of at most 256. */
final class QueueTags {
    private static final int MAXIMUM_TAGS = 50;

    private QueueTags() {
    }

    /** Returns the tags unchanged when they are valid for a queue. */
    static Map<String, String> requireValid(Map<String, String> tags, String queueName) {
        if (tags.size() > MAXIMUM_TAGS) {
            throw new BaristaException(ErrorCode.OVER_LIMIT, "Too many tags added for queue " + queueName + ".");
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (tag.getKey() == null || tag.getKey().isEmpty() || tag.getKey().length() > 128) {
                throw BaristaException.invalidParameter("Tag keys must be between 1 and 128 characters in length.");
            }
            if (tag.getValue() == null || tag.getValue().length() > 256) {
                throw BaristaException.invalidParameter("Tag values must be between 0 and 256 characters in"
                        + " length.");
            }
        }
        return Map.copyOf(tags);
    }
}
