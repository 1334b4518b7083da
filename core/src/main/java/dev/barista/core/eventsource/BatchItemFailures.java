package dev.barista.core.eventsource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a function's response says of a batch when {@code ReportBatchItemFailures} is on, before it is checked
 * against the batch (an unknown id fails the whole batch; {@link BatchOutcomes} decides).
 */
public sealed interface BatchItemFailures {

    /** An empty or null {@code batchItemFailures}, a response without it, or an empty response: all succeeded. */
    record None() implements BatchItemFailures {
    }

    /**
     * The {@code itemIdentifier}s listed, in order.
     *
     * @param itemIdentifiers may hold null (a missing or null identifier) and empty strings, which fail the batch
     */
    record Reported(List<String> itemIdentifiers) implements BatchItemFailures {
        public Reported {
            itemIdentifiers = Collections.unmodifiableList(new ArrayList<>(itemIdentifiers));
        }
    }

    /** A response that is not JSON or does not have the shape: the whole batch failed. */
    record Unreadable(String reason) implements BatchItemFailures {
    }
}
