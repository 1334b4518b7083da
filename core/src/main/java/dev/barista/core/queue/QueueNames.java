package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import java.util.regex.Pattern;

/** SQS's rules for queue names: 1 to 80 characters of {@code [A-Za-z0-9_-]}, FIFO ones ending in {@code .fifo}. */
final class QueueNames {
    static final String FIFO_SUFFIX = ".fifo";
    private static final Pattern STANDARD = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern FIFO = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");

    private QueueNames() {
    }

    /**
     * @throws BaristaException INVALID_PARAMETER_VALUE in SQS's words when the name does not fit the queue type
     */
    static void requireValid(String name, boolean fifo) {
        if (fifo && !FIFO.matcher(name).matches()) {
            throw BaristaException.invalidParameter("The name of a FIFO queue can only include alphanumeric"
                    + " characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.");
        }
        if (!fifo && !STANDARD.matcher(name).matches()) {
            throw BaristaException.invalidParameter("Can only include alphanumeric characters, hyphens, or"
                    + " underscores. 1 to 80 in length");
        }
    }
}
