package dev.barista.core.queue;

import dev.barista.core.error.ErrorCode;
import java.util.Objects;

/** What became of one entry of a batch request: each entry succeeds or fails on its own. */
public sealed interface BatchOutcome<T> {

    String id();

    /** @param result null for operations without a result per entry */
    record Succeeded<T>(String id, T result) implements BatchOutcome<T> {
        public Succeeded {
            Objects.requireNonNull(id, "id");
        }
    }

    /** @param senderFault whether the caller caused it (SQS's {@code SenderFault}) */
    record Failed<T>(String id, ErrorCode code, String message, boolean senderFault) implements BatchOutcome<T> {
        public Failed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
