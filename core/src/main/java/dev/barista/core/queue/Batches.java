package dev.barista.core.queue;

import dev.barista.core.error.BaristaException;
import dev.barista.core.error.ErrorCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules every batch request shares: 1 to 10 entries, each with a distinct, well-formed id. */
final class Batches {
    static final int MAXIMUM_ENTRIES = 10;
    static final int MAXIMUM_PAYLOAD_BYTES = 1_048_576;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private Batches() {
    }

    /**
     * @param entryName the wire name of an entry, such as {@code SendMessageBatchRequestEntry}
     */
    static void requireValid(List<? extends BatchEntry<?>> entries, String entryName) {
        if (entries.isEmpty()) {
            throw new BaristaException(ErrorCode.BATCH_EMPTY, "There should be at least one " + entryName
                    + " in the request.");
        }
        if (entries.size() > MAXIMUM_ENTRIES) {
            throw new BaristaException(ErrorCode.BATCH_TOO_MANY_ENTRIES, "Maximum number of entries per request are"
                    + " 10. You have sent " + entries.size() + ".");
        }
        Set<String> ids = new HashSet<>();
        for (BatchEntry<?> entry : entries) {
            if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
                throw new BaristaException(ErrorCode.BATCH_ENTRY_ID_INVALID, "A batch entry id can only contain"
                        + " alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.");
            }
            if (!ids.add(entry.id())) {
                throw new BaristaException(ErrorCode.BATCH_ENTRY_IDS_NOT_DISTINCT, "Id " + entry.id()
                        + " repeated.");
            }
        }
    }

    /** SendMessageBatch: the bodies and attributes of every entry together fit in 1 MiB. */
    static void requirePayloadFits(List<BatchEntry<MessageToSend>> entries) {
        long total = 0;
        for (BatchEntry<MessageToSend> entry : entries) {
            total += MessageValidator.size(entry.input().message());
        }
        if (total > MAXIMUM_PAYLOAD_BYTES) {
            throw new BaristaException(ErrorCode.BATCH_REQUEST_TOO_LONG, "Batch requests cannot be longer than"
                    + " 1048576 bytes. You have sent " + total + " bytes.");
        }
    }
}
